// /disclosure/manufacturers/:id/report: the reporting form, for anyone. After sending, the page shows the
// tracking number and the private link once (the Platform keeps only a hash of its token).
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { getJson, readFiles, send, type FiledReport, type PolicyPage } from './api';
import { disclosurePaths } from './disclosure-paths';
import { Field, FormResult } from './parts';
import { useText } from './use-text';

const MAX_FILE = 2 * 1024 * 1024;

export function ReportPage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const state = useApi(`policy:${id}`, (signal) => getJson<PolicyPage>(`/api/disclosure/manufacturers/${encodeURIComponent(id)}`, signal));
  return (
    <Async state={state} pageLevel>
      {(page) => <ReportForm page={page} />}
    </Async>
  );
}

function ReportForm({ page }: { page: PolicyPage }) {
  const { d } = useText();
  const [filed, setFiled] = useState<FiledReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: false; error: unknown } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  if (filed) return <Filed filed={filed} />;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    const optional = (name: string) => value(name).trim() || null;
    const files = await readFiles((e.currentTarget.elements.namedItem('attachments') as HTMLInputElement | null)?.files ?? null);
    const large = files.find((f) => f.size > MAX_FILE);
    if (large) {
      setFileError(d.form.tooLarge(large.name));
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      const body = {
        productId: value('productId'),
        title: value('title'),
        description: value('description'),
        affectedVersions: value('affectedVersions'),
        steps: value('steps'),
        reporterName: optional('reporterName'),
        reporterEmail: optional('reporterEmail'),
        credit: optional('credit'),
        attachments: files.map(({ name, content }) => ({ name, content })),
        homepage: value('homepage'),
      };
      setFiled(await send<FiledReport>('POST', '/api/disclosure/reports', body));
    } catch (error) {
      setResult({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={d.form.title(page.manufacturer.name)} />
      <p className="lead">{d.form.intro}</p>
      <form className="disclosure-form" onSubmit={submit} noValidate={false}>
        <Field id="productId" label={d.form.product}>
          <select id="productId" name="productId" required defaultValue="">
            <option value="" disabled>
              {d.form.choose}
            </option>
            {page.products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.modelNumber ? ` (${p.modelNumber})` : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field id="title" label={d.form.summary} hint={d.form.summaryHint}>
          <input id="title" name="title" type="text" required minLength={5} maxLength={200} aria-describedby="title-hint" />
        </Field>
        <Field id="description" label={d.form.description}>
          <textarea id="description" name="description" required minLength={20} maxLength={20000} rows={6} />
        </Field>
        <Field id="affectedVersions" label={d.form.affected} hint={d.form.affectedHint}>
          <input id="affectedVersions" name="affectedVersions" type="text" required maxLength={1000} aria-describedby="affectedVersions-hint" />
        </Field>
        <Field id="steps" label={d.form.steps}>
          <textarea id="steps" name="steps" required maxLength={20000} rows={6} />
        </Field>
        <Field id="attachments" label={d.form.attachments} hint={d.form.attachmentsHint}>
          <input id="attachments" name="attachments" type="file" multiple aria-describedby="attachments-hint" accept=".txt,.log,.json,.pdf,.png,.jpg,.jpeg,.zip,.pcap,.pcapng,text/plain,application/json,application/pdf,image/png,image/jpeg,application/zip" />
        </Field>
        {fileError ? (
          <p role="alert" className="form-message form-message--error">
            {fileError}
          </p>
        ) : null}
        <fieldset className="disclosure-fieldset">
          <legend>{d.form.aboutYou}</legend>
          <Field id="reporterName" label={d.form.name}>
            <input id="reporterName" name="reporterName" type="text" maxLength={200} autoComplete="name" />
          </Field>
          <Field id="reporterEmail" label={d.form.email} hint={d.form.emailHint}>
            <input id="reporterEmail" name="reporterEmail" type="email" maxLength={254} autoComplete="email" aria-describedby="reporterEmail-hint" />
          </Field>
          <Field id="credit" label={d.form.credit} hint={d.form.creditHint}>
            <input id="credit" name="credit" type="text" maxLength={200} aria-describedby="credit-hint" />
          </Field>
        </fieldset>
        {/* The spam trap: hidden from people and assistive technology, filled by robots. */}
        <div className="disclosure-trap" aria-hidden="true">
          <label htmlFor="homepage">{d.form.trap}</label>
          <input id="homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <FormResult result={result} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? d.form.sending : d.form.submit}
        </button>
      </form>
    </>
  );
}

function Filed({ filed }: { filed: FiledReport }) {
  const { d } = useText();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(filed.followUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <PageHeading title={d.form.doneTitle} />
      <dl className="facts">
        <div>
          <dt>{d.form.tracking}</dt>
          <dd className="disclosure-tracking">{filed.trackingId}</dd>
        </div>
      </dl>
      <div className="field field--wide disclosure-link">
        <label htmlFor="private-link">{d.form.linkLabel}</label>
        <input id="private-link" type="text" readOnly value={filed.followUrl} aria-describedby="private-link-warning" onFocus={(e) => e.currentTarget.select()} />
        <p id="private-link-warning" className="notes">
          {d.form.linkWarning}
        </p>
      </div>
      <p className="inline-list">
        <button type="button" className="button" onClick={copy}>
          {d.form.copy}
        </button>{' '}
        <span role="status">{copied ? d.form.copied : ''}</span>{' '}
        <Link href={`${disclosurePaths.follow()}#${filed.token}`}>{d.form.openLink}</Link>
      </p>
    </>
  );
}
