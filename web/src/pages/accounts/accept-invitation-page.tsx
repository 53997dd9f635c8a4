// /invitations/accept#token=...: the invitee sees what the link is for (organisation, roles, expiry), then
// chooses their name and password. The account exists from then on; they sign in like everyone else.
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Loading } from '../../components/status';
import { accountPaths } from '../../session/account-paths';
import { send, type Organisation, type Role } from './api';
import { useFragmentToken } from './fragment-token';
import { errorText, Field, FormError, PasswordField, Submit, useRoleNames, useSubmit } from './parts';
import { useText } from './use-text';

interface InvitationView {
  email: string;
  organisation: Organisation;
  roles: Role[];
  expiresAt: string;
}

export function AcceptInvitationPage() {
  const text = useText();
  const { a } = text;
  const token = useFragmentToken();
  const invitation = useApi(token === null ? null : 'invitation-lookup', () => send<InvitationView>('POST', '/api/invitations/lookup', { token }));
  if (token === null) {
    return (
      <>
        <PageHeading title={a.accept.title} />
        <p>{a.accept.noToken}</p>
      </>
    );
  }
  if (invitation.status === 'loading') return <Loading />;
  if (invitation.status === 'error') {
    const invalid = (invitation.error as { code?: string }).code === 'invalid_token' || (invitation.error as { status?: number }).status === 404;
    return (
      <>
        <PageHeading title={a.accept.title} />
        <p role="alert" className="form-message form-message--error">
          {invalid ? a.accept.invalid : errorText(invitation.error, text)}
        </p>
      </>
    );
  }
  return <AcceptForm token={token} invitation={invitation.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationView }) {
  const { a, when } = useText();
  const roleNames = useRoleNames();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState(false);
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send('POST', '/api/invitations/accept', { token, password, displayName: name.trim() });
      setCreated(true);
    });
  };
  return (
    <>
      <PageHeading title={a.accept.title} />
      {created ? (
        <>
          <p role="status" className="account-notice account-notice--ok">
            {a.accept.done}
          </p>
          <p>
            <Link href={`${accountPaths.signIn()}?email=${encodeURIComponent(invitation.email)}`} className="button button--primary">
              {a.common.signIn}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{a.accept.invited(invitation.organisation.name)}</p>
          <dl className="facts facts--compact account-facts">
            <div>
              <dt>{a.common.email}</dt>
              <dd>{invitation.email}</dd>
            </div>
            <div>
              <dt>{a.common.roles}</dt>
              <dd>{roleNames(invitation.roles)}</dd>
            </div>
          </dl>
          <p className="hint">{a.accept.expires(when(invitation.expiresAt))}</p>
          <form className="account-form" onSubmit={submit}>
            <Field id="accept-name" label={a.common.name}>
              <input id="accept-name" type="text" autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
            {/* The address is fixed by the invitation; password managers read it from here. */}
            <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
            <PasswordField id="accept-password" label={a.common.password} value={password} onChange={setPassword} autoComplete="new-password" hint={a.common.passwordHint} />
            <FormError error={error} override={{ invalid_token: a.accept.invalid }} />
            <Submit busy={busy} label={a.accept.submit} />
          </form>
        </>
      )}
    </>
  );
}
