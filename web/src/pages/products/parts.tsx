// Pieces the product pages share: verdict and status badges (words and a symbol, never colour alone), the
// result of a form with the server's pointers and hints, and the guard for pages that need an organisation.
import type { ReactNode } from 'react';
import { Field } from '../../components/field';
import { FormResult as FormResultBase, type Outcome } from '../../components/form-result';
import { useSession, type SessionInfo } from '../../session/session';
import { Loading } from '../../components/status';
import { useText } from './use-text';

const SYMBOLS: Record<string, string> = { met: '✓', 'partly-met': '◐', 'not-met': '✗', 'not-applicable': '–', unknown: '?', conforms: '✓', 'does-not-conform': '✗', incomplete: '?' };

export function VerdictBadge({ verdict }: { verdict: string }) {
  const { p } = useText();
  return (
    <span className={`badge product-verdict product-verdict--${verdict}`}>
      <span aria-hidden="true">{SYMBOLS[verdict]} </span>
      {p.verdicts[verdict as keyof typeof p.verdicts] ?? verdict}
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { p } = useText();
  return (
    <span className={`badge product-status product-status--${status}`}>
      <span aria-hidden="true">{SYMBOLS[status]} </span>
      {p.statuses[status as keyof typeof p.statuses] ?? status}
    </span>
  );
}

export { Field, type Outcome };

/** What a form's last submission did, with the server's pointers and hints. */
export function FormResult({ result, intro }: { result: Outcome; intro?: string }) {
  const { p } = useText();
  return <FormResultBase result={result} intro={intro} fallback={p.error} />;
}

/** Renders the children for a signed-in user of an organisation; otherwise says what is needed. */
export function WithOrganisation({ children }: { children: (info: SessionInfo) => ReactNode }) {
  const { p } = useText();
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (!session.info.authenticated) return <p>{p.signIn}</p>;
  if (!session.info.organisation) return <p>{p.noOrganisation}</p>;
  return <>{children(session.info)}</>;
}
