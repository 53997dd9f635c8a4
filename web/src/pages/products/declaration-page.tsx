// /releases/:id/declaration: answer the baseline items one by one (status, why, evidence), and state the
// product facts that decide conditional requirements. Each answer is saved on its own (PATCH), so nothing
// typed elsewhere on the page is lost when one is refused.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'wouter';
import { getAllPages } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { hasRole, useSession } from '../../session/session';
import { enc, getJson, send, type Answer, type DeclarationFile, type EvidenceFile, type Release } from './api';
import { Field, FormResult, StatusBadge, type Outcome } from './parts';
import { productPaths } from './product-paths';
import { useText } from './use-text';

interface Item {
  id: string;
  title: string;
  summary: string;
  group: string;
}

const ANSWERS = ['unknown', 'met', 'partly-met', 'not-met', 'not-applicable'] as const;
const FACTS = [
  'uses-passwords', 'has-preinstalled-passwords', 'has-user-authentication', 'has-updatable-software', 'has-update-mechanism', 'updates-over-network', 'has-automatic-updates',
  'is-constrained-device', 'collects-telemetry', 'processes-personal-data', 'processing-based-on-consent', 'uses-hardcoded-identity', 'has-physical-debug-interface', 'has-network-interfaces', 'has-cloud-service',
] as const;

export function DeclarationPage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const release = useApi(`release:${id}`, (signal) => getJson<Release>(`/api/releases/${enc(id)}`, signal));
  const items = useApi('baseline-items', (signal) => getAllPages<Item>('/api/frameworks/platform-baseline/requirements', {}, signal));
  return (
    <Async state={release} pageLevel>
      {(r) => <Async state={items}>{(list) => <Declaration release={r} items={list} />}</Async>}
    </Async>
  );
}

function Declaration({ release, items }: { release: Release; items: Item[] }) {
  const { p } = useText();
  const session = useSession();
  const editor = hasRole(session.info, 'manufacturer-editor');
  const declaration = useApi(`declaration:${release.id}`, (signal) => getJson<DeclarationFile>(`/api/releases/${enc(release.id)}/declaration`, signal));
  const files = useApi(`evidence:${release.productId}`, (signal) => getJson<{ items: EvidenceFile[] }>(`/api/products/${enc(release.productId)}/evidence`, signal));
  const [onlyUnanswered, setOnlyUnanswered] = useState(false);
  return (
    <>
      <PageHeading title={p.declaration.title(release.version)} />
      <p>
        <Link href={productPaths.release(release.id)}>{p.release.title('', release.version).replace(/^, /, '')}</Link>
      </p>
      <p className="lead">{p.declaration.lead}</p>
      <Async state={declaration}>
        {(d) => {
          const answered = items.filter((i) => d.answers[i.id] && d.answers[i.id]!.status !== 'unknown').length;
          const shown = onlyUnanswered ? items.filter((i) => !d.answers[i.id] || d.answers[i.id]!.status === 'unknown') : items;
          return (
            <>
              <p role="status">{p.declaration.progress(answered, items.length)}</p>
              <label className="product-check">
                <input type="checkbox" checked={onlyUnanswered} onChange={(e) => setOnlyUnanswered(e.target.checked)} /> {p.declaration.onlyUnanswered}
              </label>
              <Facts release={release} facts={d.facts ?? {}} editor={editor} />
              {shown.map((item) => (
                <ItemForm key={item.id} release={release} item={item} answer={d.answers[item.id]} editor={editor} files={files.data?.items ?? []} />
              ))}
            </>
          );
        }}
      </Async>
    </>
  );
}

function Facts({ release, facts, editor }: { release: Release; facts: Record<string, boolean | null>; editor: boolean }) {
  const { p } = useText();
  const [result, setResult] = useState<Outcome>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const patch = Object.fromEntries(FACTS.map((f) => [f, form.get(f) === 'yes' ? true : form.get(f) === 'no' ? false : null]));
    try {
      await send('PATCH', `/api/releases/${enc(release.id)}/declaration`, { facts: patch });
      setResult({ ok: true, text: p.saved });
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <details className="panel">
      <summary>{p.declaration.facts}</summary>
      <p className="hint">{p.declaration.factsLead}</p>
      <form className="product-form" onSubmit={submit}>
        {FACTS.map((f) => (
          <Field key={f} id={`fact-${f}`} label={f}>
            <select id={`fact-${f}`} name={f} defaultValue={facts[f] === true ? 'yes' : facts[f] === false ? 'no' : ''} disabled={!editor}>
              <option value="">{p.notStated}</option>
              <option value="yes">{p.declaration.yes}</option>
              <option value="no">{p.declaration.no}</option>
            </select>
          </Field>
        ))}
        {editor ? (
          <div>
            <button type="submit" className="button">
              {p.save}
            </button>
          </div>
        ) : null}
        <FormResult result={result} />
      </form>
    </details>
  );
}

function ItemForm({ release, item, answer, editor, files }: { release: Release; item: Item; answer: Answer | undefined; editor: boolean; files: EvidenceFile[] }) {
  const { p } = useText();
  const [status, setStatus] = useState(answer?.status ?? 'unknown');
  const [result, setResult] = useState<Outcome>(null);
  const lines = (answer?.evidence ?? []).filter((e) => e.type !== 'file').map((e) => (e.type === 'url' ? e.url : e.text) ?? '');
  const cited = new Set((answer?.evidence ?? []).filter((e) => e.type === 'file').map((e) => e.sha256));
  const key = item.id.replace(/[^A-Za-z0-9-]/g, '_');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const reason = String(form.get('reason') ?? '').trim();
    const evidence = [
      ...String(form.get('evidence') ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => (/^https?:\/\/\S+$/.test(l) ? { type: 'url', url: l } : { type: 'text', text: l })),
      ...files.filter((f) => form.getAll('files').includes(f.sha256)).map((f) => ({ type: 'file', sha256: f.sha256, name: f.name })),
    ];
    const next: Answer = { status, ...(reason ? { reason } : {}), ...(evidence.length > 0 ? { evidence } : {}) };
    try {
      await send('PATCH', `/api/releases/${enc(release.id)}/declaration`, { answers: { [item.id]: next } });
      setResult({ ok: true, text: p.saved });
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <form className="product-item" onSubmit={submit} aria-labelledby={`item-${key}`}>
      <h2 id={`item-${key}`} className="product-item__title">
        <span className="product-item__id">{item.id}</span> {item.title} <StatusBadge status={answer?.status ?? 'unknown'} />
      </h2>
      <p className="hint">{item.summary}</p>
      <Field id={`status-${key}`} label={p.declaration.status}>
        <select id={`status-${key}`} name="status" value={status} onChange={(e) => setStatus(e.target.value)} disabled={!editor}>
          {ANSWERS.map((s) => (
            <option key={s} value={s}>
              {p.statuses[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`reason-${key}`} label={p.declaration.reason}>
        <textarea id={`reason-${key}`} name="reason" rows={2} defaultValue={answer?.reason ?? ''} required={status === 'not-applicable'} readOnly={!editor} />
      </Field>
      <Field id={`evidence-${key}`} label={p.declaration.evidence}>
        <textarea id={`evidence-${key}`} name="evidence" rows={2} defaultValue={lines.join('\n')} readOnly={!editor} />
      </Field>
      {files.length > 0 ? (
        <fieldset className="product-fieldset">
          <legend>{p.declaration.files}</legend>
          {files.map((f) => (
            <label key={f.sha256} className="product-check">
              <input type="checkbox" name="files" value={f.sha256} defaultChecked={cited.has(f.sha256)} disabled={!editor} /> {f.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {editor ? (
        <div>
          <button type="submit" className="button">
            {p.save}
          </button>
        </div>
      ) : null}
      <FormResult result={result} />
    </form>
  );
}
