// /setup#token=...: the holder of a one-time setup link (printed by the server at first start, or issued by
// `iotspp admin create --email`) creates an administrator, with a new organisation or an existing one.
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { accountPaths } from '../../session/account-paths';
import { listOrganisations, send } from './api';
import { useFragmentToken } from './fragment-token';
import { EMPTY_ORGANISATION, OrganisationFields, organisationBody } from './organisation-fields';
import { Field, FormError, PasswordField, Submit, useSubmit } from './parts';
import { useText } from './use-text';

export function SetupPage() {
  const { a } = useText();
  const token = useFragmentToken();
  const organisations = useApi('organisations', listOrganisations);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [organisation, setOrganisation] = useState(EMPTY_ORGANISATION);
  const [createdFor, setCreatedFor] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send('POST', '/api/setup', {
        token,
        email: email.trim(),
        password,
        displayName: name.trim(),
        organisation: organisationId ? { id: organisationId } : organisationBody(organisation),
      });
      setCreatedFor(email.trim());
    });
  };
  if (createdFor !== null) {
    return (
      <>
        <PageHeading title={a.setup.title} />
        <p role="status" className="account-notice account-notice--ok">
          {a.setup.done}
        </p>
        <p>
          <Link href={`${accountPaths.signIn()}?email=${encodeURIComponent(createdFor)}`} className="button button--primary">
            {a.common.signIn}
          </Link>
        </p>
      </>
    );
  }
  if (token === null) {
    return (
      <>
        <PageHeading title={a.setup.title} />
        <p>{a.setup.noToken}</p>
        <pre className="command">
          <code>{a.setup.command}</code>
        </pre>
      </>
    );
  }
  const existing = organisations.data ?? [];
  return (
    <>
      <PageHeading title={a.setup.title} />
      <p className="lead">{a.setup.intro}</p>
      <form className="account-form" onSubmit={submit}>
        <Field id="setup-name" label={a.common.name}>
          <input id="setup-name" type="text" autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="setup-email" label={a.common.email}>
          <input id="setup-email" type="email" autoComplete="email" required maxLength={320} value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <PasswordField id="setup-password" label={a.common.password} value={password} onChange={setPassword} autoComplete="new-password" hint={a.common.passwordHint} />
        <fieldset className="account-fieldset">
          <legend>{a.setup.organisationLegend}</legend>
          {existing.length > 0 ? (
            <Field id="setup-organisation" label={a.setup.choose}>
              <select id="setup-organisation" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
                <option value="">{a.setup.newOrganisation}</option>
                {existing.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {organisationId === '' ? <OrganisationFields prefix="setup-org" value={organisation} onChange={setOrganisation} nameLabel={a.setup.organisationName} /> : null}
        </fieldset>
        <FormError error={error} override={{ invalid_token: a.setup.invalidToken }} />
        <Submit busy={busy} label={a.setup.submit} />
      </form>
    </>
  );
}
