// Name, type and country of an organisation, used where one is registered (first setup, administrators). The
// country is typed as its ISO code and named back in the reader's language, so a typo shows at once.
import { useI18n } from '../../i18n/i18n-context';
import type { OrganisationType } from './api';
import { Field } from './parts';
import { useText } from './use-text';

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  country: string;
}

export const EMPTY_ORGANISATION: OrganisationInput = { name: '', type: 'government-agency', country: '' };

export function OrganisationFields({ prefix, value, onChange, nameLabel }: { prefix: string; value: OrganisationInput; onChange(v: OrganisationInput): void; nameLabel: string }) {
  const { a } = useText();
  const { jurisdiction } = useI18n();
  const code = value.country.trim().toUpperCase();
  const named = /^[A-Z]{2}$/.test(code) || code === 'INT' ? jurisdiction(code) : null;
  return (
    <>
      <Field id={`${prefix}-name`} label={nameLabel}>
        <input id={`${prefix}-name`} type="text" required maxLength={300} autoComplete="organization" value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} />
      </Field>
      <Field id={`${prefix}-type`} label={a.common.type}>
        <select id={`${prefix}-type`} value={value.type} onChange={(e) => onChange({ ...value, type: e.target.value as OrganisationType })}>
          {(Object.keys(a.organisationTypes) as OrganisationType[]).map((type) => (
            <option key={type} value={type}>
              {a.organisationTypes[type]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${prefix}-country`}
        label={a.common.country}
        hint={
          <>
            {a.common.countryHint}
            {named && named !== code ? (
              <>
                {' '}
                <span aria-live="polite">{a.common.countryIs(named)}</span>
              </>
            ) : null}
          </>
        }
      >
        <input
          id={`${prefix}-country`}
          type="text"
          required
          pattern="[A-Za-z]{2}|INT|int"
          maxLength={3}
          autoComplete="country"
          className="input--short"
          aria-describedby={`${prefix}-country-hint`}
          value={value.country}
          onChange={(e) => onChange({ ...value, country: e.target.value })}
        />
      </Field>
    </>
  );
}

export function organisationBody(value: OrganisationInput): OrganisationInput {
  return { name: value.name.trim(), type: value.type, country: value.country.trim().toUpperCase() };
}
