// /account: the signed-in user's profile and the way to everything they manage (tokens, their organisation's
// people and invitations, administration for administrators); then password, sessions, recovery codes, their
// data and deleting the account (account-security.tsx, account-data.tsx).
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { accountPaths } from '../../session/account-paths';
import { hasRole, mayCurate, type SessionInfo } from '../../session/session';
import { getJson, send, type Me } from './api';
import { AccountData } from './account-data';
import { PasswordChange, RecoveryCodesSection, SessionsSection } from './account-security';
import { Done, Field, FormError, SignedInPage, Submit, useSubmit, useRoleNames } from './parts';
import { useText } from './use-text';

export function AccountPage() {
  const { a } = useText();
  return <SignedInPage title={a.account.title} beforeTotp>{(info) => <Account info={info} />}</SignedInPage>;
}

function Account({ info }: { info: SessionInfo }) {
  const { a } = useText();
  const me = useApi('me', (signal) => getJson<Me>('/api/me', signal));
  return (
    <>
      <PageHeading title={a.account.title} />
      <Async state={me}>
        {(data) => (
          <>
            <Profile me={data} />
            {info.mustEnrolTotp ? null : <Places info={info} />}
            <PasswordChange />
            <SessionsSection />
            {data.user.twoFactor === 'totp' ? <RecoveryCodesSection left={data.recoveryCodesLeft} email={data.user.email} onChange={me.retry} /> : null}
            <AccountData />
          </>
        )}
      </Async>
    </>
  );
}

function Profile({ me }: { me: Me }) {
  const { a } = useText();
  const roleNames = useRoleNames();
  const [name, setName] = useState(me.user.displayName);
  const { busy, error, done, run } = useSubmit();
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send('PATCH', '/api/me', { displayName: name.trim() });
      return a.common.saved;
    });
  };
  return (
    <section aria-labelledby="profile-title" className="account-section">
      <h2 id="profile-title">{a.account.profile}</h2>
      <dl className="facts facts--compact account-facts">
        <div>
          <dt>{a.common.email}</dt>
          <dd>{me.user.email}</dd>
        </div>
        <div>
          <dt>{a.common.organisation}</dt>
          <dd>{me.organisation ? <Link href={accountPaths.organisation(me.organisation.id)}>{me.organisation.name}</Link> : '—'}</dd>
        </div>
        <div>
          <dt>{a.common.roles}</dt>
          <dd>{roleNames(me.user.roles)}</dd>
        </div>
        <div>
          <dt>{a.account.twoFactor}</dt>
          <dd>
            {me.user.twoFactor === 'totp' ? (
              a.account.on
            ) : (
              <>
                {a.account.off} (<Link href={accountPaths.twoFactor()}>{a.account.setUp}</Link>)
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="hint">{a.account.emailNote}</p>
      <form className="inline-form" onSubmit={save}>
        <Field id="profile-name" label={a.common.name}>
          <input id="profile-name" type="text" autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Submit busy={busy} label={a.account.saveName} kind="plain" />
      </form>
      <FormError error={error} />
      <Done text={done} />
    </section>
  );
}

function Places({ info }: { info: SessionInfo }) {
  const { a } = useText();
  const admin = hasRole(info, 'administrator');
  const inviter = hasRole(info, 'administrator', 'member-representative', 'manufacturer-editor');
  return (
    <nav aria-labelledby="places-title" className="account-section">
      <h2 id="places-title">{a.account.places}</h2>
      <ul className="link-list">
        <li>
          <Link href={accountPaths.tokens()}>{a.account.tokens}</Link>
        </li>
        {info.organisation ? (
          <li>
            <Link href={accountPaths.organisation(info.organisation.id)}>{a.account.people}</Link>
          </li>
        ) : null}
        {inviter ? (
          <li>
            <Link href={accountPaths.invitations()}>{a.account.invitations}</Link>
          </li>
        ) : null}
        {mayCurate(info) ? (
          <li>
            <Link href={accountPaths.newFramework()}>{a.account.newFramework}</Link>
          </li>
        ) : null}
      </ul>
      {admin ? (
        <>
          <h3>{a.account.administration}</h3>
          <ul className="link-list">
            <li>
              <Link href={accountPaths.users()}>{a.account.users}</Link>
            </li>
            <li>
              <Link href={accountPaths.organisations()}>{a.account.organisations}</Link>
            </li>
            <li>
              <Link href={accountPaths.outbox()}>{a.account.outbox}</Link>
            </li>
            <li>
              <Link href={accountPaths.audit()}>{a.account.audit}</Link>
            </li>
          </ul>
        </>
      ) : null}
    </nav>
  );
}
