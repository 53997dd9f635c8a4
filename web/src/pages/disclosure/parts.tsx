// Small pieces the disclosure pages share: badges for states and severities, the result of a form, and the
// session every signed-in page reads.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { accountPaths } from '../../session/account-paths';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { getSession, type Session } from './api';
import { useText } from './use-text';

export function StateBadge({ state }: { state: string }) {
  const { d } = useText();
  return <span className={`badge disclosure-state disclosure-state--${state}`}>{d.states[state as keyof typeof d.states] ?? state}</span>;
}

export function SeverityBadge({ severity, score }: { severity: string; score?: number | null }) {
  const { d } = useText();
  const label = d.severities[severity as keyof typeof d.severities] ?? severity;
  return (
    <span className={`badge disclosure-severity disclosure-severity--${severity}`}>
      {label}
      {score !== undefined && score !== null ? ` ${score.toFixed(1)}` : ''}
    </span>
  );
}

/** What a form's last submission did: a polite confirmation or an alert with the server's message. */
export function FormResult({ result }: { result: { ok: true; text: string } | { ok: false; error: unknown } | null }) {
  const { d } = useText();
  if (result === null) return null;
  if (result.ok) {
    return (
      <p role="status" className="disclosure-ok">
        {result.text}
      </p>
    );
  }
  const message = result.error instanceof ApiError ? result.error.message : d.errors.generic;
  return (
    <p role="alert" className="disclosure-error">
      {message}
    </p>
  );
}

export function useSession() {
  return useApi<Session>('session', (signal) => getSession(signal));
}

export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** Asks a visitor who is not signed in to sign in, coming back here afterwards. */
export function SignInPrompt({ text }: { text: string }) {
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <p>
      <Link href={accountPaths.signIn(here)}>{text}</Link>
    </p>
  );
}
