// /invitations: send an invitation (administrators anywhere with any role; member representatives and
// manufacturer editors into their own organisation with at most their own roles), and the list of invitations
// the user manages, with revocation of those still waiting.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { hasRole, type SessionInfo } from '../../session/session';
import { getJson, listOrganisations, send, type Invitation, type Organisation, type Role } from './api';
import { Done, Field, FormError, SignedInPage, Submit, useRoleNames, useSubmit } from './parts';
import { useText } from './use-text';

const ALL_ROLES: Role[] = ['administrator', 'curator', 'member-representative', 'expert-advisor', 'manufacturer-editor', 'security-researcher'];
const PLATFORM_ROLES: Role[] = ['administrator', 'curator'];

export function InvitationsPage() {
  const { a } = useText();
  return (
    <SignedInPage title={a.invitations.title} roles={['administrator', 'member-representative', 'manufacturer-editor']}>
      {(info) => <Invitations info={info} />}
    </SignedInPage>
  );
}

function Invitations({ info }: { info: SessionInfo }) {
  const { a } = useText();
  const admin = hasRole(info, 'administrator');
  const organisations = useApi('organisations', listOrganisations);
  const invitations = useApi('invitations', (signal) => getJson<{ items: Invitation[] }>('/api/invitations', signal));
  const grantable = admin ? ALL_ROLES : ALL_ROLES.filter((r) => info.user?.roles.includes(r) && !PLATFORM_ROLES.includes(r));
  const choosable = admin ? (organisations.data ?? []) : (organisations.data ?? []).filter((o) => o.id === info.organisation?.id);
  const preselected = new URLSearchParams(window.location.search).get('organisation');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState(preselected ?? info.organisation?.id ?? '');
  const [roles, setRoles] = useState<Role[]>([]);
  const sending = useSubmit();
  const revoking = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void sending.run(async () => {
      const sent = await send<Invitation>('POST', '/api/invitations', { email: email.trim(), organisationId, roles });
      setEmail('');
      setRoles([]);
      invitations.retry();
      return a.invitations.sent(sent.email ?? email);
    });
  };
  return (
    <>
      <PageHeading title={a.invitations.title} />
      <p className="lead">{a.invitations.intro}</p>
      <section aria-labelledby="invite-title" className="account-section">
        <h2 id="invite-title">{a.invitations.send}</h2>
        <form className="account-form" onSubmit={submit}>
          <Field id="invite-email" label={a.common.email}>
            <input id="invite-email" type="email" required maxLength={320} autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <Field id="invite-organisation" label={a.common.organisation}>
            <select id="invite-organisation" required value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
              {choosable.length === 0 ? <option value="">—</option> : null}
              {choosable.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="account-fieldset" aria-describedby="invite-roles-hint">
            <legend>{a.common.roles}</legend>
            <p className="hint" id="invite-roles-hint">
              {a.invitations.rolesHint}
            </p>
            {grantable.map((r) => (
              <label key={r} className="check">
                <input type="checkbox" checked={roles.includes(r)} onChange={(e) => setRoles((now) => (e.target.checked ? [...now, r] : now.filter((x) => x !== r)))} /> {a.roles[r]}
              </label>
            ))}
          </fieldset>
          <FormError error={sending.error} />
          <Done text={sending.done} />
          <Submit busy={sending.busy} label={a.invitations.submit} />
        </form>
      </section>
      <section aria-labelledby="invitations-title" className="account-section">
        <h2 id="invitations-title">{a.invitations.list}</h2>
        <FormError error={revoking.error} />
        <Done text={revoking.done} />
        <Async state={invitations}>
          {({ items }) => (
            <InvitationList
              items={items}
              organisations={organisations.data ?? []}
              onRevoke={(i) =>
                void revoking.run(async () => {
                  await send('DELETE', `/api/invitations/${encodeURIComponent(i.id)}`);
                  invitations.retry();
                  return a.invitations.revoked;
                })
              }
            />
          )}
        </Async>
      </section>
    </>
  );
}

function InvitationList({ items, organisations, onRevoke }: { items: Invitation[]; organisations: Organisation[]; onRevoke(i: Invitation): void }) {
  const { a, when } = useText();
  const roleNames = useRoleNames();
  if (items.length === 0) return <p>{a.invitations.none}</p>;
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  return (
    <ul className="card-list account-cards" id="invitation-list">
      {[...items].sort((x, y) => y.createdAt.localeCompare(x.createdAt)).map((i) => (
        <li key={i.id} className="card">
          <h3 className="card__title">
            {i.email ?? a.invitations.anonymousAddress} <span className={`badge badge--invitation-${i.status}`}>{a.invitations.status[i.status]}</span>
          </h3>
          <dl className="facts facts--compact">
            <div>
              <dt>{a.common.organisation}</dt>
              <dd>{orgName(i.organisationId)}</dd>
            </div>
            <div>
              <dt>{a.common.roles}</dt>
              <dd>{roleNames(i.roles)}</dd>
            </div>
            <div>
              <dt>{a.invitations.sentOn}</dt>
              <dd>{when(i.createdAt)}</dd>
            </div>
            <div>
              <dt>{a.invitations.expiresOn}</dt>
              <dd>{when(i.expiresAt)}</dd>
            </div>
          </dl>
          {i.status === 'pending' ? (
            <button type="button" className="button" onClick={() => onRevoke(i)}>
              {a.invitations.revoke(i.email ?? a.invitations.anonymousAddress)}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
