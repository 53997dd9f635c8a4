// /admin/users: every account, for administrators: roles and organisation, disabling and enabling, ending all
// of a user's sessions, and turning off a lost second factor. Each change answers with the user as saved.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import type { SessionInfo } from '../../session/session';
import { getJson, listOrganisations, send, type Organisation, type Role, type User } from './api';
import { Done, Field, FormError, SignedInPage, useRoleNames, useSubmit } from './parts';
import { useText } from './use-text';

const ROLES: Role[] = ['administrator', 'curator', 'member-representative', 'expert-advisor', 'manufacturer-editor', 'security-researcher'];

export function AdminUsersPage() {
  const { ad } = useText();
  return (
    <SignedInPage title={ad.users.title} roles={['administrator']}>
      {(info) => <Users info={info} />}
    </SignedInPage>
  );
}

function Users({ info }: { info: SessionInfo }) {
  const { ad } = useText();
  const state = useApi('admin-users', (signal) => Promise.all([getJson<{ items: User[] }>('/api/admin/users', signal).then((r) => r.items), listOrganisations(signal)]));
  const [filter, setFilter] = useState('');
  return (
    <>
      <PageHeading title={ad.users.title} />
      <p className="lead">{ad.users.intro}</p>
      <div className="search-form">
        <label htmlFor="user-filter">{ad.users.filter}</label>
        <input id="user-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <Async state={state}>
        {([users, organisations]) => {
          const words = filter.trim().toLowerCase();
          const shown = users.filter((u) => !words || `${u.displayName} ${u.email}`.toLowerCase().includes(words));
          return (
            <>
              <p role="status">{ad.users.count(shown.length, users.length)}</p>
              <ul className="card-list account-cards" id="user-list">
                {shown.map((u) => (
                  <UserCard key={u.id} user={u} organisations={organisations} self={u.id === info.user?.id} />
                ))}
              </ul>
            </>
          );
        }}
      </Async>
    </>
  );
}

function UserCard({ user: initial, organisations, self }: { user: User; organisations: Organisation[]; self: boolean }) {
  const { a, ad, when } = useText();
  const roleNames = useRoleNames();
  const [user, setUser] = useState(initial);
  const [roles, setRoles] = useState<Role[]>(initial.roles);
  const [organisationId, setOrganisationId] = useState(initial.organisationId ?? '');
  const { busy, error, done, run } = useSubmit();
  const name = user.displayName || ad.users.erased;
  const id = `user-${user.id}`;
  const patch = (body: Record<string, unknown>, message: string) =>
    void run(async () => {
      setUser(await send<User>('PATCH', `/api/admin/users/${encodeURIComponent(user.id)}`, body));
      return message;
    });
  const save = (e: FormEvent) => {
    e.preventDefault();
    patch({ roles, organisationId: organisationId || null }, ad.users.saved(name));
  };
  const act = (method: 'DELETE', path: string, message: string, after?: Partial<User>) =>
    void run(async () => {
      await send(method, `/api/admin/users/${encodeURIComponent(user.id)}${path}`);
      if (after) setUser((u) => ({ ...u, ...after }));
      return message;
    });
  return (
    <li className="card">
      <h2 className="card__title h3">
        {name}
        {self ? ` (${ad.users.you})` : ''} <span className={`badge badge--user-${user.status}`}>{ad.users.status[user.status] ?? user.status}</span>
      </h2>
      <dl className="facts facts--compact">
        <div>
          <dt>{a.common.email}</dt>
          <dd>{user.email || '—'}</dd>
        </div>
        <div>
          <dt>{a.common.organisation}</dt>
          <dd>{organisations.find((o) => o.id === user.organisationId)?.name ?? ad.users.noOrganisation}</dd>
        </div>
        <div>
          <dt>{a.common.roles}</dt>
          <dd>{roleNames(user.roles)}</dd>
        </div>
        <div>
          <dt>{ad.users.twoFactor}</dt>
          <dd>{user.twoFactor === 'totp' ? ad.users.on : ad.users.off}</dd>
        </div>
        <div>
          <dt>{ad.users.created}</dt>
          <dd>{when(user.createdAt)}</dd>
        </div>
      </dl>
      <Done text={done} />
      <FormError error={error} />
      {user.status !== 'deleted' ? (
        <details className="user-actions">
          <summary>{ad.users.actions(name)}</summary>
          <form className="account-form" onSubmit={save}>
            <fieldset className="account-fieldset">
              <legend>{ad.users.rolesOf(name)}</legend>
              {ROLES.map((r) => (
                <label key={r} className="check">
                  <input type="checkbox" checked={roles.includes(r)} onChange={(e) => setRoles((now) => (e.target.checked ? [...now, r] : now.filter((x) => x !== r)))} /> {a.roles[r]}
                </label>
              ))}
            </fieldset>
            <Field id={`${id}-organisation`} label={ad.users.organisationOf(name)}>
              <select id={`${id}-organisation`} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
                <option value="">{ad.users.noOrganisation}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
            <button type="submit" className="button button--primary" disabled={busy}>
              {ad.users.save(name)}
            </button>
          </form>
          <div className="button-row">
            {user.status === 'active' ? (
              <button type="button" className="button" disabled={busy} onClick={() => patch({ status: 'disabled' }, ad.users.disabled(name))}>
                {ad.users.disable(name)}
              </button>
            ) : (
              <button type="button" className="button" disabled={busy} onClick={() => patch({ status: 'active' }, ad.users.enabled(name))}>
                {ad.users.enable(name)}
              </button>
            )}
            <button type="button" className="button" disabled={busy} onClick={() => act('DELETE', '/sessions', ad.users.sessionsEnded(name))}>
              {ad.users.endSessions(name)}
            </button>
          </div>
          {user.twoFactor === 'totp' ? (
            <>
              <p className="hint" id={`${id}-totp-hint`}>
                {ad.users.resetTotpHint}
              </p>
              <button type="button" className="button" disabled={busy} aria-describedby={`${id}-totp-hint`} onClick={() => act('DELETE', '/totp', ad.users.totpReset(name), { twoFactor: 'none' })}>
                {ad.users.resetTotp(name)}
              </button>
            </>
          ) : null}
        </details>
      ) : null}
    </li>
  );
}
