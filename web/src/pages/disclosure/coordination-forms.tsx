// Coordination on a case: moving the coordinated publication date (with a reason everyone reads), and inviting
// a coordinator from a CSIRT/PSIRT organisation.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { getJson, type CaseView } from './api';
import { Field, FormResult } from './parts';
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
        <Field id="publication-date" label={d.case.newDate} wide={false}>
          <input id="publication-date" name="date" type="date" required defaultValue={c.publicationDueAt.slice(0, 10)} />
        </Field>
        <Field id="publication-reason" label={d.case.reason}>
          <textarea id="publication-reason" name="reason" required minLength={10} rows={2} />
        </Field>
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
        <Field id="invite-user" label={d.case.invitee}>
          <select id="invite-user" name="userId" required>
            {candidates.data.items.map((u) => (
              <option key={u.userId} value={u.userId}>
                {u.name} ({u.organisation})
              </option>
            ))}
          </select>
        </Field>
        <FormResult result={result} />
        <button type="submit" className="button">
          {d.case.invite}
        </button>
      </form>
    </details>
  );
}
