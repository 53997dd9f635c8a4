// Pieces every governance page uses: who the visitor is on the Platform, badges, dates and times in the
// interface language, and the message shown when a write is refused (the server's reason, which says why).
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { getStanding, type Standing } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n-context';
import { useGovernanceText } from '../../i18n/governance-text';
import './governance.css';

const ANONYMOUS: Standing = { signedIn: false, organisationId: null, member: false, advisor: false, representative: false, governmentMember: false, administrator: false, mayApply: false };

/** The visitor's standing; the public's while it loads or if it cannot be loaded. */
export function useStanding(): Standing {
  const state = useApi('standing', (signal) => getStanding(signal));
  return state.status === 'ready' ? state.data : ANONYMOUS;
}

export function useDateTime(): (iso: string) => string {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return (iso) => `${format.format(new Date(iso))} UTC`;
}

export function VisibilityBadge({ visibility }: { visibility: keyof ReturnType<typeof useGovernanceText>['visibility'] }) {
  const g = useGovernanceText();
  return <span className={`badge badge--visibility-${visibility}`}>{g.visibility[visibility]}</span>;
}

export function StatusBadge({ status }: { status: keyof ReturnType<typeof useGovernanceText>['statuses'] }) {
  const g = useGovernanceText();
  return <span className={`badge badge--proposal-${status}`}>{g.statuses[status]}</span>;
}

export function FailureMessage({ error }: { error: unknown }) {
  const g = useGovernanceText();
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  const message = error instanceof ApiError ? (error.code === 'network_error' ? t.state.networkError : error.message) : String(error);
  return (
    <p role="alert" className="form-error">
      {g.errors.failed(message)}
    </p>
  );
}

/** A form whose submission calls the API: disables itself while sending, shows the refusal if any. */
export function ActionForm({ onSubmit, children, label, className }: { onSubmit: () => Promise<void>; children: ReactNode; label: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className={className ?? 'governance-form'} aria-busy={busy}>
      {children}
      <FailureMessage error={error} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {label}
      </button>
    </form>
  );
}

/** Paragraph text as written: lines starting with "- " become a list (as in the 2019 statement). */
export function ParagraphText({ text }: { text: string }) {
  const lines = text.split('\n');
  const lead = lines.filter((l) => !l.startsWith('- '));
  const items = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  return (
    <>
      {lead.length > 0 ? <p>{lead.join(' ')}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
