// /admin/audit: the hash-chained audit log for administrators, newest entries first shown (in order), with
// exact filters by actor or subject, paging by sequence number, and a button that recomputes the chain on the
// server and names the first broken entry. Actors are pseudonymous ids; names of live accounts are shown beside.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { apiUrl } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { accountPaths } from '../../session/account-paths';
import { getJson, type AuditEntry, type ChainReport, type User } from './api';
import { Field, FormError, SignedInPage, Submit, useSubmit } from './parts';
import { useText } from './use-text';

const LIMIT = 50;

export function AdminAuditPage() {
  const { ad } = useText();
  return (
    <SignedInPage title={ad.audit.title} roles={['administrator']}>
      {() => <Audit />}
    </SignedInPage>
  );
}

function Audit() {
  const { ad } = useText();
  const params = new URLSearchParams(useSearch());
  const actor = params.get('actor') ?? '';
  const subject = params.get('subject') ?? '';
  const afterParam = params.get('after');
  const filtered = actor !== '' || subject !== '';
  const key = `audit:${actor}:${subject}:${afterParam}`;
  const state = useApi(key, async (signal) => {
    const page = (after: number | undefined) => getJson<{ items: AuditEntry[]; total: number }>(apiUrl('/api/audit', { actor, subject, afterSeq: after, limit: LIMIT }), signal);
    if (afterParam !== null || filtered) return page(Number(afterParam ?? 0) || undefined);
    // Without a place asked for, the newest entries: the log is numbered 1..total.
    const { total } = await page(undefined);
    return page(Math.max(0, total - LIMIT) || undefined);
  });
  const users = useApi('admin-users', (signal) => getJson<{ items: User[] }>('/api/admin/users', signal));
  const names = new Map((users.data?.items ?? []).filter((u) => u.displayName).map((u) => [`user:${u.id}`, u.displayName]));
  return (
    <>
      <PageHeading title={ad.audit.title} />
      <p className="lead">{ad.audit.intro}</p>
      <Verify />
      <Filters actor={actor} subject={subject} />
      <section aria-labelledby="entries-title" className="account-section">
        <h2 id="entries-title">{ad.audit.entries}</h2>
        <Async state={state}>{(data) => <Entries items={data.items} total={data.total} names={names} query={{ actor, subject }} filtered={filtered} />}</Async>
      </section>
    </>
  );
}

function Verify() {
  const { ad } = useText();
  const { number } = useI18n();
  const [report, setReport] = useState<ChainReport | null>(null);
  const { busy, error, run } = useSubmit();
  return (
    <section aria-labelledby="verify-title" className="account-section">
      <h2 id="verify-title" className="visually-hidden">
        {ad.audit.verify}
      </h2>
      <form onSubmit={(e) => void (e.preventDefault(), run(async () => setReport(await getJson<ChainReport>('/api/audit/verify'))))}>
        <Submit busy={busy} label={ad.audit.verify} />
      </form>
      <FormError error={error} />
      <div role="status" id="verify-result">
        {report === null ? null : report.ok ? (
          <div className="account-notice account-notice--ok">
            <p>{report.head ? ad.audit.ok(number(report.entries), number(report.head.seq)) : ad.audit.okEmpty}</p>
            {report.head ? (
              <p>
                {ad.audit.head}: <code className="hash">{report.head.hash}</code>
              </p>
            ) : null}
          </div>
        ) : (
          <div className="account-notice account-notice--error">
            <p>{ad.audit.broken(number(report.problem?.seq ?? 0), report.problem?.kind ?? '')}</p>
            {report.problem ? <p lang="en">{report.problem.message}</p> : null}
          </div>
        )}
      </div>
    </section>
  );
}

function Filters({ actor, subject }: { actor: string; subject: string }) {
  const { ad } = useText();
  const [, navigate] = useLocation();
  const [a, setA] = useState(actor);
  const [s, setS] = useState(subject);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(apiUrl(accountPaths.audit(), { actor: a.trim(), subject: s.trim() }));
  };
  return (
    <form className="filters inline-form" onSubmit={submit} aria-labelledby="filters-title">
      <h2 id="filters-title" className="filters__title">
        {ad.audit.filters}
      </h2>
      <Field id="audit-actor" label={ad.audit.actor}>
        <input id="audit-actor" type="text" spellCheck={false} value={a} onChange={(e) => setA(e.target.value)} />
      </Field>
      <Field id="audit-subject" label={ad.audit.subject}>
        <input id="audit-subject" type="text" spellCheck={false} value={s} onChange={(e) => setS(e.target.value)} />
      </Field>
      <div className="button-row">
        <button type="submit" className="button">
          {ad.audit.show}
        </button>
        {actor || subject ? (
          <Link href={accountPaths.audit()} className="button">
            {ad.audit.clear}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function Entries({ items, total, names, query, filtered }: { items: AuditEntry[]; total: number; names: Map<string, string>; query: { actor: string; subject: string }; filtered: boolean }) {
  const { ad, when } = useText();
  const { number } = useI18n();
  if (items.length === 0) return <p>{ad.audit.none}</p>;
  const first = items[0]!.seq;
  const last = items[items.length - 1]!.seq;
  const at = (after: number) => apiUrl(accountPaths.audit(), { ...query, after });
  const who = (actor: string) => (actor === 'anonymous' ? ad.audit.anonymous : actor === 'system' ? ad.audit.system : names.get(actor));
  return (
    <>
      <p id="entries-range">{ad.audit.range(number(first), number(last), number(total))}</p>
      <div className="table-scroll" role="region" aria-labelledby="entries-range" tabIndex={0}>
        <table className="data-table audit-table">
          <thead>
            <tr>
              <th scope="col">{ad.audit.seq}</th>
              <th scope="col">{ad.audit.at}</th>
              <th scope="col">{ad.audit.who}</th>
              <th scope="col">{ad.audit.action}</th>
              <th scope="col">{ad.audit.what}</th>
              <th scope="col">{ad.audit.details}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.seq}>
                <th scope="row">{e.seq}</th>
                <td className="nowrap">{when(e.at)}</td>
                <td>
                  <code>{e.actor}</code>
                  {who(e.actor) ? <span className="audit-name"> {who(e.actor)}</span> : null}
                </td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  <code>{e.subject}</code>
                </td>
                <td>{Object.keys(e.payload).length > 0 ? <code className="audit-payload">{JSON.stringify(e.payload)}</code> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={ad.audit.entries} className="pagination">
        <ul>
          <li>
            <Link href={at(0)}>{ad.audit.first}</Link>
          </li>
          {!filtered && first > 1 ? (
            <li>
              <Link href={at(Math.max(0, first - 1 - LIMIT))}>{ad.audit.previous}</Link>
            </li>
          ) : null}
          {items.length === LIMIT ? (
            <li>
              <Link href={at(last)}>{ad.audit.next}</Link>
            </li>
          ) : null}
          {!filtered ? (
            <li>
              <Link href={accountPaths.audit()}>{ad.audit.latest}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
