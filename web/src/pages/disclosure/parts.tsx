// Small pieces the disclosure pages share: badges for states and severities, the result of a form, and the
// way to sign in.
import { Link } from 'wouter';
import { accountPaths } from '../../session/account-paths';
import { Field } from '../../components/field';
import { FormResult as FormResultBase, type Outcome } from '../../components/form-result';
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

export { Field };

/** What a form's last submission did: a polite confirmation or an alert with the server's message. */
export function FormResult({ result }: { result: Outcome }) {
  const { d } = useText();
  return <FormResultBase result={result} fallback={d.errors.generic} />;
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
