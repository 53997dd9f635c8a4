// Writing on a case: a message to everyone on it, or (for the PSIRT and coordinators) an internal note; files
// may be attached under the same limits as the report.
import { useState, type FormEvent } from 'react';
import { readFiles } from './api';
import { Field, FormResult } from './parts';
import { useText } from './use-text';

export interface MessageDraft {
  text: string;
  visibility: 'all' | 'internal';
  attachments: { name: string; content: string }[];
}

export function MessageForm({ allowInternal, onSend }: { allowInternal: boolean; onSend(draft: MessageDraft): Promise<void> }) {
  const { d } = useText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; text: string } | { ok: false; error: unknown } | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const files = await readFiles((form.elements.namedItem('message-files') as HTMLInputElement | null)?.files ?? null);
    setBusy(true);
    try {
      await onSend({ text: String(data.get('text') ?? ''), visibility: data.get('internal') ? 'internal' : 'all', attachments: files.map(({ name, content }) => ({ name, content })) });
      form.reset();
      setResult({ ok: true, text: d.message.sent });
    } catch (error) {
      setResult({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="message-title" className="section">
      <h2 id="message-title">{d.message.title}</h2>
      <form className="disclosure-form" onSubmit={submit}>
        <Field id="message-text" label={d.message.text}>
          <textarea id="message-text" name="text" required maxLength={20000} rows={4} />
        </Field>
        <Field id="message-files" label={d.form.attachments}>
          <input id="message-files" name="message-files" type="file" multiple />
        </Field>
        {allowInternal ? (
          <div className="disclosure-check">
            <input id="message-internal" name="internal" type="checkbox" />
            <label htmlFor="message-internal">{d.message.internal}</label>
          </div>
        ) : null}
        <FormResult result={result} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {d.message.send}
        </button>
      </form>
    </section>
  );
}
