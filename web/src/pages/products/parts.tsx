// Pieces the product pages share: verdict and status badges (words and a symbol, never colour alone), the
// result of a form with the server's pointers and hints, and the guard for pages that need an organisation.
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { useSession, type SessionInfo } from '../../session/session';
import { Loading } from '../../components/status';
import { ValidationError } from './api';
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

export type Outcome = { ok: true; text: string } | { ok: false; error: unknown } | null;

/** What a form's last submission did: a polite confirmation, or an alert with the server's message and details. */
export function FormResult({ result, intro }: { result: Outcome; intro?: string }) {
  const { p } = useText();
  if (result === null) return null;
  if (result.ok) {
    return (
      <p role="status" className="product-ok">
        {result.text}
      </p>
    );
  }
  const error = result.error;
  const message = error instanceof ApiError ? error.message : p.error;
  const details = error instanceof ValidationError ? error.details : [];
  return (
    <div role="alert" className="product-error">
      <p>{intro ?? message}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((d, i) => (
            <li key={i}>
              <code>{d.pointer || '/'}</code> {d.message}
              {d.hint ? <> ({d.hint})</> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
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

/** A wide table scrolls inside its own box on a narrow screen rather than pushing the page sideways; the box
 * takes keyboard focus so it can be scrolled without a mouse. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="product-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
