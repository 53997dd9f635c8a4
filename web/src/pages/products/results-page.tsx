// /releases/:id/frameworks/:frameworkId: one framework's results for a release: the verdict, counts by level,
// the requirements (filtered by status, level, deciding, follow-up, words; the filters live in the query
// string), each with its reasons and what to do, and for its editors the follow-up answers.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { hasRole, useSession } from '../../session/session';
import { apiUrl, enc, getJson, send, type FrameworkResult, type Release, type Report, type RequirementResult } from './api';
import { Field, FormResult, StatusBadge, VerdictBadge, type Outcome } from './parts';
import { productPaths } from './product-paths';
import { useText } from './use-text';

const STATUSES = ['met', 'partly-met', 'not-met', 'not-applicable', 'unknown'] as const;
const LEVELS = ['mandatory', 'recommended', 'conditional-mandatory', 'conditional-recommended', 'informative'] as const;

export function ResultsPage() {
  const params = useParams<{ id: string; frameworkId: string }>();
  const id = decodeParam(params.id);
  const frameworkId = decodeParam(params.frameworkId);
  const search = useSearch();
  const query = new URLSearchParams(search);
  const release = useApi(`release:${id}`, (signal) => getJson<Release>(`/api/releases/${enc(id)}`, signal));
  const report = useApi(`results:${id}:${frameworkId}:${search}`, (signal) =>
    getJson<Report>(
      apiUrl(`/api/releases/${enc(id)}/assessment`, {
        framework: frameworkId,
        status: query.getAll('status'),
        level: query.getAll('level'),
        deciding: query.get('deciding') ?? undefined,
        followUp: query.get('followUp') ?? undefined,
        search: query.get('q') ?? undefined,
      }),
      signal,
    ),
  );
  return (
    <Async state={release} pageLevel>
      {(r) => (
        <Async state={report} pageLevel>
          {(data) => <Results release={r} framework={data.frameworks[0]!} query={query} reload={report.retry} />}
        </Async>
      )}
    </Async>
  );
}

function Results({ release, framework: f, query, reload }: { release: Release; framework: FrameworkResult; query: URLSearchParams; reload(): void }) {
  const { p } = useText();
  const session = useSession();
  const editor = hasRole(session.info, 'manufacturer-editor');
  const requirements = f.requirements ?? [];
  return (
    <>
      <PageHeading title={p.results.title(f.shortName, release.version)}>
        {p.results.title(f.shortName, release.version)} <VerdictBadge verdict={f.verdict} />
      </PageHeading>
      <p>
        <Link href={productPaths.release(release.id)}>{p.release.title('', release.version).replace(/^, /, '')}</Link>
      </p>
      <p>
        {f.title} {f.version}. {p.results.decidedBy(f.decidingLevels.map((l) => p.levels[l].toLowerCase()).join(' / '))}
      </p>
      <DataTable caption={p.results.countsCaption} columns={[p.results.level, p.results.total, ...STATUSES.map((s) => p.statuses[s])]}>
        {LEVELS.filter((l) => f.counts[l]).map((l) => (
          <tr key={l}>
            <th scope="row">{p.levels[l]}</th>
            <td className="num">{f.counts[l]!.total}</td>
            {STATUSES.map((s) => (
              <td key={s} className="num">
                {f.counts[l]![s]}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      {f.followUp.length > 0 ? <p className="product-note">{p.results.followUpLead}</p> : null}
      <Filters release={release} frameworkId={f.framework} query={query} />
      <p role="status">{p.results.count(requirements.length)}</p>
      <ol className="product-results">
        {requirements.map((r) => (
          <RequirementItem key={r.id} release={release} frameworkId={f.framework} requirement={r} editor={editor} onSaved={reload} />
        ))}
      </ol>
    </>
  );
}

function Filters({ release, frameworkId, query }: { release: Release; frameworkId: string; query: URLSearchParams }) {
  const { p } = useText();
  const [, navigate] = useLocation();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const s of form.getAll('status')) next.append('status', String(s));
    for (const l of form.getAll('level')) next.append('level', String(l));
    if (form.get('deciding')) next.set('deciding', 'true');
    if (form.get('followUp')) next.set('followUp', 'true');
    const q = String(form.get('q') ?? '').trim();
    if (q) next.set('q', q);
    const s = next.toString();
    navigate(productPaths.results(release.id, frameworkId, s ? `?${s}` : ''));
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="filters-title">
      <h2 id="filters-title" className="filters__title">
        {p.results.filters}
      </h2>
      <div className="filters__fields">
        <fieldset className="product-fieldset">
          <legend>{p.results.status}</legend>
          {STATUSES.map((s) => (
            <label key={s} className="product-check">
              <input type="checkbox" name="status" value={s} defaultChecked={query.getAll('status').includes(s)} /> {p.statuses[s]}
            </label>
          ))}
        </fieldset>
        <fieldset className="product-fieldset">
          <legend>{p.results.level}</legend>
          {LEVELS.map((l) => (
            <label key={l} className="product-check">
              <input type="checkbox" name="level" value={l} defaultChecked={query.getAll('level').includes(l)} /> {p.levels[l]}
            </label>
          ))}
        </fieldset>
        <div>
          <label className="product-check">
            <input type="checkbox" name="deciding" defaultChecked={query.get('deciding') === 'true'} /> {p.results.deciding}
          </label>
          <label className="product-check">
            <input type="checkbox" name="followUp" defaultChecked={query.get('followUp') === 'true'} /> {p.results.followUpOnly}
          </label>
          <Field id="results-q" label={p.results.search}>
            <input id="results-q" name="q" type="search" defaultValue={query.get('q') ?? ''} />
          </Field>
        </div>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {p.results.apply}
        </button>
      </div>
    </form>
  );
}

function RequirementItem({ release, frameworkId, requirement: r, editor, onSaved }: { release: Release; frameworkId: string; requirement: RequirementResult; editor: boolean; onSaved(): void }) {
  const { p } = useText();
  return (
    <li className="product-result">
      <h3 className="product-item__title">
        <Link href={`/frameworks/${enc(frameworkId)}/requirements/${enc(r.id)}`}>
          <span className="product-item__id">{r.id}</span> {r.title}
        </Link>{' '}
        <StatusBadge status={r.status} /> <span className={`badge badge--level-${r.level}`}>{p.levels[r.level]}</span>
        {r.followUp ? <span className="badge product-followup">{p.results.followUpTag}</span> : null}
      </h3>
      <p className="hint">{p.applies[r.applies]}</p>
      {r.action ? (
        <p>
          <strong>{p.results.todo}:</strong> {r.action}
        </p>
      ) : null}
      <details>
        <summary>{p.results.why}</summary>
        <ul>
          {r.reasons.map((reason, i) => (
            <li key={i}>{reason.text}</li>
          ))}
        </ul>
      </details>
      {editor && (r.followUp || !r.settled) ? <FollowUpForm release={release} frameworkId={frameworkId} requirement={r} onSaved={onSaved} /> : null}
    </li>
  );
}

function FollowUpForm({ release, frameworkId, requirement: r, onSaved }: { release: Release; frameworkId: string; requirement: RequirementResult; onSaved(): void }) {
  const { p } = useText();
  const [result, setResult] = useState<Outcome>(null);
  const key = `${frameworkId}-${r.id}`.replace(/[^A-Za-z0-9-]/g, '_');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const reason = String(form.get('reason') ?? '').trim();
    try {
      await send('PATCH', `/api/releases/${enc(release.id)}/declaration`, { followUp: { [frameworkId]: { [r.id]: { status: String(form.get('status')), ...(reason ? { reason } : {}) } } } });
      setResult({ ok: true, text: p.saved });
      onSaved();
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <details className="panel">
      <summary>{p.results.answer}</summary>
      <form className="product-form" onSubmit={submit}>
        <Field id={`fu-status-${key}`} label={p.declaration.status}>
          <select id={`fu-status-${key}`} name="status" defaultValue="met">
            {(['met', 'partly-met', 'not-met', 'not-applicable'] as const).map((s) => (
              <option key={s} value={s}>
                {p.statuses[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`fu-reason-${key}`} label={p.declaration.reason}>
          <textarea id={`fu-reason-${key}`} name="reason" rows={2} />
        </Field>
        <div>
          <button type="submit" className="button">
            {p.save}
          </button>
        </div>
        <FormResult result={result} />
      </form>
    </details>
  );
}
