// The account page's credentials: changing the password (ends the other sessions), the sessions with "sign out
// everywhere", and replacing the recovery codes (with the password, shown once).
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { accountPaths } from '../../session/account-paths';
import { reloadAt } from '../../session/session';
import { getJson, send, type SessionMeta } from './api';
import { Done, FormError, PasswordField, Submit, useSubmit } from './parts';
import { RecoveryCodes } from './recovery-codes';
import { useText } from './use-text';

export function PasswordChange() {
  const { a } = useText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const { busy, error, done, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send('POST', '/api/me/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      return a.account.passwordChanged;
    });
  };
  return (
    <section aria-labelledby="password-title" className="account-section">
      <h2 id="password-title">{a.account.password}</h2>
      <form className="account-form" onSubmit={submit}>
        <PasswordField id="password-current" label={a.account.currentPassword} value={current} onChange={setCurrent} autoComplete="current-password" />
        <PasswordField id="password-new" label={a.account.newPassword} value={next} onChange={setNext} autoComplete="new-password" hint={a.common.passwordHint} />
        <FormError error={error} />
        <Done text={done} />
        <Submit busy={busy} label={a.account.changePassword} kind="plain" />
      </form>
    </section>
  );
}

export function SessionsSection() {
  const { a, when } = useText();
  const sessions = useApi('my-sessions', (signal) => getJson<{ items: SessionMeta[] }>('/api/me/sessions', signal));
  const { busy, error, run } = useSubmit();
  const everywhere = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send('DELETE', '/api/me/sessions');
      reloadAt(accountPaths.signIn());
    });
  };
  return (
    <section aria-labelledby="sessions-title" className="account-section">
      <h2 id="sessions-title">{a.account.sessions}</h2>
      <Async state={sessions}>
        {({ items }) => (
          <ul className="card-list account-cards">
            {items.map((s) => (
              <li key={s.id} className="card">
                <p className="user-agent">
                  {s.userAgent ?? a.account.unknownBrowser}
                  {s.current ? <strong className="badge badge--current">{a.account.current}</strong> : null}
                </p>
                <dl className="facts facts--compact">
                  <div>
                    <dt>{a.account.started}</dt>
                    <dd>{when(s.createdAt)}</dd>
                  </div>
                  <div>
                    <dt>{a.account.lastSeen}</dt>
                    <dd>{when(s.lastSeenAt)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Async>
      <p className="hint" id="everywhere-hint">
        {a.account.everywhereHint}
      </p>
      <form onSubmit={everywhere}>
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy} aria-describedby="everywhere-hint">
          {busy ? a.common.working : a.account.everywhere}
        </button>
      </form>
    </section>
  );
}

export function RecoveryCodesSection({ left, email, onChange }: { left: number; email: string; onChange(): void }) {
  const { a } = useText();
  const [password, setPassword] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const result = await send<{ recoveryCodes: string[] }>('POST', '/api/me/recovery-codes', { password });
      setPassword('');
      setCodes(result.recoveryCodes);
    });
  };
  return (
    <section aria-labelledby="recovery-section-title" className="account-section">
      <h2 id="recovery-section-title">{a.account.recovery}</h2>
      {codes ? (
        <RecoveryCodes
          codes={codes}
          email={email}
          onDone={() => {
            setCodes(null);
            onChange();
          }}
        />
      ) : (
        <>
          <p>{a.account.codesLeft(left)}</p>
          <p className="hint">{a.account.regenerateHint}</p>
          <form className="account-form" onSubmit={submit}>
            <PasswordField id="recovery-password" label={a.common.password} value={password} onChange={setPassword} autoComplete="current-password" />
            <FormError error={error} />
            <Submit busy={busy} label={a.account.regenerate} kind="plain" />
          </form>
        </>
      )}
    </section>
  );
}
