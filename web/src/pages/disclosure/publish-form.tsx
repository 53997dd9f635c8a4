// Publishing a case as a CSAF advisory: the public title, summary and description, a weakness, and what users
// should do. The server builds the document from the case and the product registry and checks it.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { getJson, type CaseView } from './api';
import { Field, FormResult } from './parts';
import { useText } from './use-text';

const CATEGORIES = ['vendor_fix', 'workaround', 'mitigation', 'none_available', 'no_fix_planned'] as const;

export interface PublishBody {
  title: string;
  summary: string;
  description: string;
  cwe: string | null;
  remediations: { category: string; details: string; url: string | null }[];
  creditReporter: boolean;
}

export function PublishForm({ c, onPublish }: { c: CaseView; onPublish(body: PublishBody): Promise<void> }) {
  const { d } = useText();
  const cwes = useApi('cwes', (signal) => getJson<{ items: { id: string; name: string }[] }>('/api/disclosure/cwes', signal));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: false; error: unknown } | null>(null);
  const hasFix = c.fixedReleaseIds.length > 0;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    setBusy(true);
    try {
      await onPublish({
        title: text('title'),
        summary: text('summary'),
        description: text('description'),
        cwe: text('cwe') || null,
        remediations: [{ category: text('category'), details: text('details'), url: text('url') || null }],
        creditReporter: data.get('credit') !== null,
      });
    } catch (error) {
      setResult({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="publish-title" className="section panel">
      <h2 id="publish-title">{d.publish.title}</h2>
      <form className="disclosure-form" onSubmit={submit}>
        <Field id="publish-advisory-title" label={d.publish.advisoryTitle}>
          <input id="publish-advisory-title" name="title" type="text" required minLength={5} maxLength={300} defaultValue={`${c.productName}: ${c.content.title}`} />
        </Field>
        <Field id="publish-summary" label={d.publish.summary}>
          <textarea id="publish-summary" name="summary" required minLength={20} rows={3} />
        </Field>
        <Field id="publish-description" label={d.publish.description}>
          <textarea id="publish-description" name="description" required minLength={20} rows={4} />
        </Field>
        <Field id="publish-cwe" label={d.publish.cwe}>
          <select id="publish-cwe" name="cwe" defaultValue="">
            <option value="">{d.publish.noCwe}</option>
            {cwes.status === 'ready'
              ? cwes.data.items.map((w) => (
                  <option key={w.id} value={w.id} lang="en">
                    {w.id}: {w.name}
                  </option>
                ))
              : null}
          </select>
        </Field>
        <fieldset className="disclosure-fieldset">
          <legend>{d.publish.remediation}</legend>
          <Field id="publish-category" label={d.publish.remediationCategory}>
            <select id="publish-category" name="category" defaultValue={hasFix ? 'vendor_fix' : 'none_available'}>
              {CATEGORIES.filter((cat) => (hasFix ? true : cat !== 'vendor_fix')).map((cat) => (
                <option key={cat} value={cat}>
                  {d.publish.categories[cat]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="publish-details" label={d.publish.remediationDetails}>
            <textarea id="publish-details" name="details" required minLength={5} rows={2} />
          </Field>
          <Field id="publish-url" label={d.publish.remediationUrl}>
            <input id="publish-url" name="url" type="url" />
          </Field>
        </fieldset>
        {c.content.credit ? (
          <div className="disclosure-check">
            <input id="publish-credit" name="credit" type="checkbox" defaultChecked />
            <label htmlFor="publish-credit">
              {d.publish.credit} ({c.content.credit})
            </label>
          </div>
        ) : null}
        <FormResult result={result} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {d.publish.submit}
        </button>
      </form>
    </section>
  );
}
