// The PSIRT's next steps on a case, one form each (opened with a disclosure widget): acknowledge, triage with a
// CVSS vector (the server computes the score) and the affected releases, start the fix, mark it fixed with the
// fixed releases, close, reopen.
import { useState, type FormEvent } from 'react';
import type { CaseView } from './api';
import { Field, FormResult } from './parts';
import { useText } from './use-text';

export type StepBody = Record<string, unknown> & { step: string };

function ReleaseChoices({ c, name, legend, checked }: { c: CaseView; name: string; legend: string; checked: string[] }) {
  return (
    <fieldset className="disclosure-fieldset">
      <legend>{legend}</legend>
      {c.releases.map((r) => (
        <div key={r.id} className="disclosure-check">
          <input id={`${name}-${r.id}`} type="checkbox" name={name} value={r.id} defaultChecked={checked.includes(r.id)} />
          <label htmlFor={`${name}-${r.id}`}>{r.version}</label>
        </div>
      ))}
    </fieldset>
  );
}

function StepForm({ c, step, onStep }: { c: CaseView; step: string; onStep(body: StepBody): Promise<void> }) {
  const { d } = useText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: false; error: unknown } | null>(null);
  const id = (field: string) => `step-${step}-${field}`;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const body: StepBody = { step };
    if (text('note')) body.note = text('note');
    if (step === 'triage') {
      const vectors = [text('vector'), text('vector2')].filter(Boolean);
      if (vectors.length > 0) body.vectors = vectors;
      if (text('cve')) body.cve = text('cve');
    }
    if (step === 'triage' || step === 'mark-fixed') body.affectedReleaseIds = data.getAll('affected').map(String);
    if (step === 'mark-fixed') body.fixedReleaseIds = data.getAll('fixed').map(String);
    if (step === 'close-duplicate') body.duplicateOf = text('duplicateOf');
    setBusy(true);
    try {
      await onStep(body);
    } catch (error) {
      setResult({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };
  const noteRequired = step === 'close-not-reproducible' || step === 'reopen';
  const v3 = c.scores.find((s) => s.version === '3.1')?.vector ?? '';
  const v4 = c.scores.find((s) => s.version === '4.0')?.vector ?? '';
  return (
    <details className="disclosure-step">
      <summary>{d.steps[step as keyof typeof d.steps] ?? step}</summary>
      <form className="disclosure-form" onSubmit={submit}>
        {step === 'triage' ? (
          <>
            <Field id={id('vector')} label={d.case.vectors} hint={d.case.vectorHint}>
              <input id={id('vector')} name="vector" type="text" required={c.scores.length === 0} defaultValue={v3 || v4} aria-describedby={id('vector-hint')} spellCheck={false} />
            </Field>
            <Field id={id('vector2')} label={d.case.secondVector}>
              <input id={id('vector2')} name="vector2" type="text" defaultValue={v3 && v4 ? v4 : ''} spellCheck={false} />
            </Field>
            <Field id={id('cve')} label={d.case.cve}>
              <input id={id('cve')} name="cve" type="text" defaultValue={c.cve ?? ''} pattern="CVE-\d{4}-\d{4,}" />
            </Field>
          </>
        ) : null}
        {step === 'triage' || step === 'mark-fixed' ? <ReleaseChoices c={c} name="affected" legend={d.case.affectedReleases} checked={c.affectedReleaseIds} /> : null}
        {step === 'mark-fixed' ? <ReleaseChoices c={c} name="fixed" legend={d.case.fixedReleases} checked={c.fixedReleaseIds} /> : null}
        {step === 'close-duplicate' ? (
          <Field id={id('duplicateOf')} label={d.case.duplicateOf}>
            <input id={id('duplicateOf')} name="duplicateOf" type="text" required pattern="VR-[0-9A-Z]{4}-[0-9A-Z]{4}" />
          </Field>
        ) : null}
        <Field id={id('note')} label={noteRequired ? d.case.noteRequired : d.case.note}>
          <textarea id={id('note')} name="note" rows={2} required={noteRequired} minLength={noteRequired ? 10 : undefined} />
        </Field>
        <FormResult result={result} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {d.steps[step as keyof typeof d.steps] ?? step}
        </button>
      </form>
    </details>
  );
}

export function StepForms({ c, onStep }: { c: CaseView; onStep(body: StepBody): Promise<void> }) {
  const { d } = useText();
  const steps = c.nextSteps.filter((s) => s !== 'publish');
  return (
    <section aria-labelledby="steps-title" className="section">
      <h2 id="steps-title">{d.case.actions}</h2>
      {steps.length === 0 && !c.nextSteps.includes('publish') ? <p>{d.case.noActions}</p> : null}
      {steps.map((s) => (
        <StepForm key={s} c={c} step={s} onStep={onStep} />
      ))}
    </section>
  );
}
