// Coordination on a case: moving the coordinated publication date (with a reason everyone reads), and inviting
// a coordinator from a CSIRT/PSIRT organisation.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { getJson, type CaseView } from './api';
import { FormResult } from './parts';
import { useText } from './use-text';

export function PublicationDateForm({ c, onMove }: { c: CaseView; onMove(date: string, reason: string): Promise<void> }) {
  const { d } = useText();
  const [result, setResult] = useState<{ ok: false; error: unknown } | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    try {
      await onMove(new Date(`${String(data.get('date'))}T00:00:00Z`).toISOString(), String(data.get('reason') ?? ''));
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <details className="disclosure-step">
      <summary>{d.case.dateTitle}</summary>
      <form className="disclosure-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="publication-date">{d.case.newDate}</label>
          <input id="publication-date" name="date" type="date" required defaultValue={c.publicationDueAt.slice(0, 10)} />
        </div>
        <div className="field field--wide">
          <label htmlFor="publication-reason">{d.case.reason}</label>
          <textarea id="publication-reason" name="reason" required minLength={10} rows={2} />
        </div>
        <FormResult result={result} />
        <button type="submit" className="button">
          {d.case.moveDate}
        </button>
      </form>
    </details>
  );
}

export function InviteForm({ c, onInvite }: { c: CaseView; onInvite(userId: string): Promise<void> }) {
  const { d } = useText();
  const candidates = useApi(`candidates:${c.id}:${c.coordinators.length}`, (signal) =>
    getJson<{ items: { userId: string; name: string; organisation: string }[] }>(`/api/disclosure/cases/${encodeURIComponent(c.id)}/coordinator-candidates`, signal),
  );
  const [result, setResult] = useState<{ ok: false; error: unknown } | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      await onInvite(String(new FormData(e.currentTarget).get('userId')));
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  if (candidates.status !== 'ready' || candidates.data.items.length === 0) return null;
  return (
    <details className="disclosure-step">
      <summary>{d.case.inviteTitle}</summary>
      <form className="disclosure-form" onSubmit={submit}>
        <div className="field field--wide">
          <label htmlFor="invite-user">{d.case.invitee}</label>
          <select id="invite-user" name="userId" required>
            {candidates.data.items.map((u) => (
              <option key={u.userId} value={u.userId}>
                {u.name} ({u.organisation})
              </option>
            ))}
          </select>
        </div>
        <FormResult result={result} />
        <button type="submit" className="button">
          {d.case.invite}
        </button>
      </form>
    </details>
  );
}
