// /sign-in: email, password and, once enrolled, a TOTP or recovery code, in one request (the server keeps no
// half-signed-in state). Throttled attempts say how long to wait. Success starts the application again as the
// signed-in user, at the page they came from (or two-factor set-up, when their role needs it first).
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { accountPaths, safeNext } from '../../session/account-paths';
import { reloadAt, useSession, type SessionInfo } from '../../session/session';
import { getJson, send } from './api';
import { Field, FormError, PasswordField, Submit, useSubmit } from './parts';
import { useText } from './use-text';

export function SignInPage() {
  const { a } = useText();
  const { info } = useSession();
  const query = new URLSearchParams(window.location.search);
  const next = safeNext(query.get('next'), accountPaths.account());
  const setup = useApi('setup-needed', (signal) => getJson<{ needed: boolean }>('/api/setup', signal));
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const info = await send<SessionInfo>('POST', '/api/session', { email, password, ...(code.trim() ? { code: code.trim() } : {}) });
      reloadAt(info.mustEnrolTotp ? accountPaths.twoFactor() : next);
    });
  };
  return (
    <>
      <PageHeading title={a.signIn.title} />
      {query.get('deleted') !== null ? <p className="account-notice account-notice--ok">{a.signIn.deleted}</p> : null}
      {setup.data?.needed ? <p className="account-notice">{a.signIn.needsSetup}</p> : null}
      {info.user ? (
        <p className="account-notice">
          {a.signIn.already(info.user.displayName)} <Link href={accountPaths.account()}>{a.account.title}</Link>
        </p>
      ) : null}
      <p className="lead">{a.signIn.intro}</p>
      <form className="account-form" onSubmit={submit} noValidate={false}>
        <Field id="sign-in-email" label={a.common.email}>
          <input id="sign-in-email" type="email" autoComplete="username" required maxLength={320} value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <PasswordField id="sign-in-password" label={a.common.password} value={password} onChange={setPassword} autoComplete="current-password" />
        <Field id="sign-in-code" label={a.signIn.code} hint={a.signIn.codeHint}>
          <input
            id="sign-in-code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="none"
            maxLength={40}
            aria-describedby="sign-in-code-hint"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </Field>
        <FormError error={error} />
        <Submit busy={busy} label={a.signIn.submit} />
      </form>
      <p>
        <Link href={accountPaths.passwordReset()}>{a.signIn.forgot}</Link>
      </p>
    </>
  );
}
