// /history?entity=requirement:FW:REQ (or framework:ID, mapping:ID), or ?framework=ID for everything in a
// framework: the curation history, newest first. Who (named to signed-in readers), when, and what changed,
// field by field, before and after.
import { Link, useSearch } from 'wouter';
import { apiUrl, getJson } from '../../api/client';
import { useFrameworkName } from '../../api/frameworks-cache';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { pageFrom, Pagination } from '../../components/pagination';
import { Async } from '../../components/status';
import { paths, splitKey } from '../../paths';
import type { HistoryEntry, Page } from '../accounts/api';
import { useText } from '../accounts/use-text';
import { fieldChanges } from './diff';
import { useCurationText } from './use-text';

const PAGE_SIZE = 20;

export function HistoryPage() {
  const c = useCurationText();
  const frameworkName = useFrameworkName();
  const params = new URLSearchParams(useSearch());
  const entity = params.get('entity') ?? '';
  const framework = params.get('framework') ?? '';
  const page = pageFrom(params.get('page'));
  const url = apiUrl('/api/history', { entity, framework, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const state = useApi(url, (signal) => getJson<Page<HistoryEntry>>(url, signal));
  const subject = describe(entity, framework, frameworkName);
  const hrefFor = (p: number) => apiUrl('/history', { entity, framework, page: p > 1 ? p : undefined });
  return (
    <>
      <PageHeading title={subject ? c.history.of(subject.name) : c.history.title} />
      <p className="lead">{c.history.intro}</p>
      {subject?.href ? (
        <p>
          <Link href={subject.href}>
            {c.history.back}: <span lang="en">{subject.name}</span>
          </Link>
          {subject.frameworkId && entity ? (
            <>
              {' · '}
              <Link href={apiUrl('/history', { framework: subject.frameworkId })}>{c.history.whole(frameworkName(subject.frameworkId))}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <Async state={state}>
        {(data) =>
          data.total === 0 ? (
            <p>{c.history.none}</p>
          ) : (
            <>
              <p id="history-count">{c.history.count(data.total)}</p>
              <ol className="history-list" aria-labelledby="history-count">
                {data.items.map((h) => (
                  <HistoryItem key={`${h.auditSeq}:${h.entity}:${h.entityKey}`} entry={h} />
                ))}
              </ol>
              <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} hrefFor={hrefFor} scrollTo="history-count" />
            </>
          )
        }
      </Async>
    </>
  );
}

/** What the history is of, in words, and the page it belongs to. */
function describe(entity: string, framework: string, frameworkName: (id: string) => string): { name: string; href: string | null; frameworkId: string | null } | null {
  if (framework) return { name: frameworkName(framework), href: paths.framework(framework), frameworkId: framework };
  const at = entity.indexOf(':');
  const kind = entity.slice(0, at);
  const key = entity.slice(at + 1);
  if (kind === 'framework') return { name: frameworkName(key), href: paths.framework(key), frameworkId: key };
  if (kind === 'requirement') {
    const [fw, req] = splitKey(key);
    return { name: `${frameworkName(fw)} ${req}`, href: paths.requirement(fw, req), frameworkId: fw };
  }
  if (kind === 'mapping') return { name: key, href: null, frameworkId: splitKey(key)[0] };
  return null;
}

function HistoryItem({ entry: h }: { entry: HistoryEntry }) {
  const c = useCurationText();
  const { when } = useText();
  const changes = fieldChanges(h.before, h.after);
  return (
    <li className="history-item card">
      <h2 className="h3">
        {c.history.changes[h.change] ?? h.change} · {c.history.entities[h.entity] ?? h.entity} <code lang="en">{h.entityKey}</code>
      </h2>
      <p className="history-item__who">
        {c.history.by(h.actorName, when(h.at))} · <span className="hint">{c.history.auditEntry(h.auditSeq)}</span>
      </p>
      {changes.length === 0 ? (
        <p>{c.history.noDifference}</p>
      ) : (
        // Field by field, before beside after (one above the other on a phone), rather than a wide table.
        changes.map((f) => (
          <div key={f.field} className="diff-field">
            <h3 className="diff-field__name">
              <code lang="en">{f.field}</code>
            </h3>
            <dl className="diff-field__values">
              <div className="diff-before">
                <dt>{c.history.before}</dt>
                <dd>{f.before === null ? <span className="hint">{c.history.empty}</span> : <del lang="en">{f.before}</del>}</dd>
              </div>
              <div className="diff-after">
                <dt>{c.history.after}</dt>
                <dd>{f.after === null ? <span className="hint">{c.history.empty}</span> : <ins lang="en">{f.after}</ins>}</dd>
              </div>
            </dl>
          </div>
        ))
      )}
    </li>
  );
}
