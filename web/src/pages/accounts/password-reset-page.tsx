// /password-reset: without a token, ask for a link by email (the answer is the same whether or not the
// address has an account); with the emailed link's token (#token=...), choose a new password, which ends every
// session of the account.
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { accountPaths } from '../../session/account-paths';
import { send } from './api';
import { useFragmentToken } from './fragment-token';
import { Done, Field, FormError, PasswordField, Submit, useSubmit } from './parts';
import { useText } from './use-text';

export function PasswordResetPage() {
  const token = useFragmentToken();
  const [asking, setAsking] = useState(false);
  return token === null || asking ? <RequestReset /> : <CompleteReset token={token} onAgain={() => setAsking(true)} />;
}

function RequestReset() {
  const { a } = useText();
  const [email, setEmail] = useState('');
  const { busy, error, done, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send('POST', '/api/password-reset', { email: email.trim() });
      return a.reset.sent;
    });
  };
  return (
    <>
      <PageHeading title={a.reset.title} />
      <p className="lead">{a.reset.intro}</p>
      <form className="account-form" onSubmit={submit}>
        <Field id="reset-email" label={a.common.email}>
          <input id="reset-email" type="email" autoComplete="email" required maxLength={320} value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <FormError error={error} />
        <Done text={done} />
        <Submit busy={busy} label={a.reset.submit} />
      </form>
    </>
  );
}

function CompleteReset({ token, onAgain }: { token: string; onAgain(): void }) {
  const { a } = useText();
  const [password, setPassword] = useState('');
  const [changed, setChanged] = useState(false);
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send('POST', '/api/password-reset/complete', { token, password });
      setChanged(true);
    });
  };
  return (
    <>
      <PageHeading title={a.reset.completeTitle} />
      {changed ? (
        <>
          <p role="status" className="account-notice account-notice--ok">
            {a.reset.done}
          </p>
          <p>
            <Link href={accountPaths.signIn()} className="button button--primary">
              {a.common.signIn}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{a.reset.completeIntro}</p>
          <form className="account-form" onSubmit={submit}>
            <PasswordField id="reset-password" label={a.reset.newPassword} value={password} onChange={setPassword} autoComplete="new-password" hint={a.common.passwordHint} />
            <FormError error={error} override={{ invalid_token: a.reset.invalidToken }} />
            <Submit busy={busy} label={a.reset.completeSubmit} />
          </form>
          <p>
            <button type="button" className="button" onClick={onAgain}>
              {a.reset.again}
            </button>
          </p>
        </>
      )}
    </>
  );
}
