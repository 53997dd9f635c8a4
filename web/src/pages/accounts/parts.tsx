// Pieces the account pages share: labelled fields with hints, a password input that can be shown, what a form's
// submission did (a polite confirmation, or an alert saying in the reader's language why it was refused), and
// the frame of pages that need a signed-in user.
import { useCallback, useId, useState, type ReactNode } from 'react';
import { Field } from '../../components/field';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { accountPaths } from '../../session/account-paths';
import { hasRole, useSession, type Role, type SessionInfo } from '../../session/session';
import { useText, type AccountText } from './use-text';

export { Field };

/** A password field with its own "show" switch; new passwords get the policy as their hint. */
export function PasswordField({ id, label, value, onChange, autoComplete, hint }: { id: string; label: string; value: string; onChange(v: string): void; autoComplete: 'current-password' | 'new-password'; hint?: string }) {
  const { a } = useText();
  const [shown, setShown] = useState(false);
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        type={shown ? 'text' : 'password'}
        autoComplete={autoComplete}
        required
        maxLength={4096}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoCapitalize="none"
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
      />
      <label className="check">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} /> {a.common.showPassword}
      </label>
    </Field>
  );
}

/** The reader's-language sentence for a refusal from the API. */
export function errorText(error: unknown, text: AccountText): string {
  const { a, duration } = text;
  if (!(error instanceof ApiError)) return a.errors.network;
  if (error.code === 'network_error') return a.errors.network;
  if (error.code === 'rate_limited') return a.errors.throttled(duration(error.retryAfterSeconds ?? 60));
  if (error.code === 'password_rejected') {
    const problem = error.details.find((d) => d.pointer === 'password')?.message ?? '';
    return a.errors.password[problem] ?? a.errors.refused(error.message);
  }
  const known: Record<string, string> = {
    invalid_credentials: a.errors.wrongCredentials,
    totp_required: a.errors.codeNeeded,
    already_exists: a.errors.alreadyExists,
    csrf_failed: a.errors.csrf,
    unauthenticated: a.errors.unauthenticated,
    forbidden: a.errors.forbidden,
    last_administrator: a.errors.lastAdministrator,
  };
  if (known[error.code]) return known[error.code]!;
  if (error.status === 404) return a.errors.notFound;
  return a.errors.refused(error.message);
}

export function FormError({ error, override }: { error: unknown; override?: Partial<Record<string, string>> }) {
  const text = useText();
  if (error === null || error === undefined) return null;
  const code = error instanceof ApiError ? error.code : '';
  return (
    <p role="alert" className="form-message form-message--error">
      {override?.[code] ?? errorText(error, text)}
    </p>
  );
}

export function Done({ text }: { text: string | null }) {
  return (
    <p role="status" className="form-message form-message--ok">
      {text}
    </p>
  );
}

/** Runs a form's submission: busy while it runs, then either what it did or why it was refused. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<string | null | void>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await action();
      setDone(result ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, done, run, setDone };
}

/** A submit button that says it is working while the request runs. */
export function Submit({ busy, label, kind = 'primary' }: { busy: boolean; label: string; kind?: 'primary' | 'plain' | 'danger' }) {
  const { a } = useText();
  return (
    <button type="submit" className={`button${kind === 'plain' ? '' : ` button--${kind}`}`} disabled={busy} aria-disabled={busy}>
      {busy ? a.common.working : label}
    </button>
  );
}

export function useRoleNames(): (roles: readonly Role[]) => string {
  const { a } = useText();
  return (roles) => (roles.length === 0 ? a.common.noRole : roles.map((r) => a.roles[r]).join(', '));
}

/** A page for signed-in users (with one of `roles`, if given); others get its heading and the way in. */
export function SignedInPage({ title, roles, beforeTotp = false, children }: { title: string; roles?: Role[]; beforeTotp?: boolean; children: (info: SessionInfo) => ReactNode }) {
  const { a } = useText();
  const { status, info } = useSession();
  const [location] = useLocation();
  if (status === 'loading') return <Loading />;
  let problem: ReactNode = null;
  if (!info.user) {
    problem = (
      <>
        {a.common.signInRequired} <Link href={accountPaths.signIn(`${location}${window.location.search}`)}>{a.common.signIn}</Link>
      </>
    );
  } else if (info.mustEnrolTotp && !beforeTotp) {
    problem = (
      <>
        {a.common.enrolFirst} <Link href={accountPaths.twoFactor()}>{a.twoFactor.start}</Link>
      </>
    );
  } else if (roles && !hasRole(info, ...roles)) {
    problem = a.common.notAllowed;
  }
  if (problem) {
    return (
      <>
        <PageHeading title={title} />
        <p className="account-notice">{problem}</p>
      </>
    );
  }
  return <>{children(info)}</>;
}

/** A stable id for a form control inside lists rendered many times on one page. */
export function useFieldId(name: string): string {
  return `${name}-${useId().replace(/:/g, '')}`;
}
