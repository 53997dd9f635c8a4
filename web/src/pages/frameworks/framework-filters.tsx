// The filter form of the frameworks list. It edits a draft and applies it on submit, so nothing moves while
// someone is still choosing (and the choice lands in the address, for the back button and for sharing).
import { useState, type FormEvent } from 'react';
import { KINDS, LAYERS, SCOPES, STATUSES } from '../../api/enums';
import { useI18n } from '../../i18n/i18n-context';

export interface FrameworkFilter {
  jurisdiction: string;
  scope: string;
  layer: string;
  status: string;
  kind: string;
  search: string;
}

export const EMPTY_FILTER: FrameworkFilter = { jurisdiction: '', scope: '', layer: '', status: '', kind: '', search: '' };

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: { value: string; label: string }[]; onChange(value: string): void }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.frameworks.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FrameworkFilters({ value, jurisdictions, onApply }: { value: FrameworkFilter; jurisdictions: string[]; onApply(filter: FrameworkFilter): void }) {
  const { t, jurisdiction } = useI18n();
  const [draft, setDraft] = useState(value);
  const key = JSON.stringify(value);
  const [applied, setApplied] = useState(key);
  // A new address (back button, a link) replaces the draft.
  if (applied !== key) {
    setApplied(key);
    setDraft(value);
  }
  const set = (name: keyof FrameworkFilter) => (v: string) => setDraft((d) => ({ ...d, [name]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="filters-title">
      <h2 id="filters-title" className="filters__title">
        {t.frameworks.filters}
      </h2>
      <div className="filters__fields">
        <div className="field field--wide">
          <label htmlFor="filter-search">{t.frameworks.searchLabel}</label>
          <input id="filter-search" type="search" value={draft.search} onChange={(e) => set('search')(e.target.value)} />
        </div>
        <Select
          id="filter-jurisdiction"
          label={t.frameworks.jurisdiction}
          value={draft.jurisdiction}
          options={jurisdictions.map((code) => ({ value: code, label: jurisdiction(code) })).sort((a, b) => a.label.localeCompare(b.label))}
          onChange={set('jurisdiction')}
        />
        <Select id="filter-scope" label={t.frameworks.scope} value={draft.scope} options={labelled(SCOPES, t.scopes)} onChange={set('scope')} />
        <Select id="filter-layer" label={t.frameworks.layer} value={draft.layer} options={labelled(LAYERS, t.layers)} onChange={set('layer')} />
        <Select id="filter-status" label={t.frameworks.status} value={draft.status} options={labelled(STATUSES, t.statuses)} onChange={set('status')} />
        <Select id="filter-kind" label={t.frameworks.kind} value={draft.kind} options={labelled(KINDS, t.kinds)} onChange={set('kind')} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t.frameworks.apply}
        </button>
        <button type="button" className="button" onClick={() => onApply(EMPTY_FILTER)}>
          {t.frameworks.clear}
        </button>
      </div>
    </form>
  );
}
