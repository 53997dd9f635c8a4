// Pieces of the curation forms: the frame that admits curators and administrators only, the two-step delete
// button, and the message for refusals (the baseline's protection named in words).
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { FormError, SignedInPage } from '../accounts/parts';
import { useCurationText } from './use-text';

export function CuratorPage({ title, children }: { title: string; children: () => ReactNode }) {
  return (
    <SignedInPage title={title} roles={['curator', 'administrator']}>
      {() => children()}
    </SignedInPage>
  );
}

export function CurationError({ error }: { error: unknown }) {
  const c = useCurationText();
  const known = error instanceof ApiError && error.code === 'baseline_requires_proposal' ? { baseline_requires_proposal: c.forms.baselineProtected } : undefined;
  return <FormError error={error} {...(known ? { override: known } : {})} />;
}

/** Deleting asks twice: the first press shows the confirmation, which does it. */
export function DeleteButton({ label, busy, onConfirm }: { label: string; busy: boolean; onConfirm(): void }) {
  const c = useCurationText();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="button-row" role="group" aria-label={label}>
      <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm} autoFocus>
        {c.forms.deleteConfirm}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {c.forms.cancel}
      </button>
    </div>
  );
}

/** "a, b , c" -> ["a", "b", "c"], without empties or repeats. */
export function listFrom(text: string, separator: RegExp = /,/): string[] {
  return [...new Set(text.split(separator).map((s) => s.trim()).filter(Boolean))];
}

/** An empty text field means "none" to the catalog format (which refuses empty strings). */
export function orNull(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : t;
}
