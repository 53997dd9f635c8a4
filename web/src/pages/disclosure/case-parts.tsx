// What the reporter's page and the participants' case page both show: the facts and deadlines of a case, the
// report as filed, its attachments and its history.
import { Link } from 'wouter';
import type { CaseView } from './api';
import { disclosurePaths } from './disclosure-paths';
import { SeverityBadge, StateBadge } from './parts';
import { useText } from './use-text';

export function CaseFacts({ c, reporter = false }: { c: CaseView; reporter?: boolean }) {
  const { d, day } = useText();
  const affected = c.releases.filter((r) => c.affectedReleaseIds.includes(r.id)).map((r) => r.version);
  const fixed = c.releases.filter((r) => c.fixedReleaseIds.includes(r.id)).map((r) => r.version);
  return (
    <section aria-labelledby="facts-title" className="panel section">
      <h2 id="facts-title" className="visually-hidden">
        {d.follow.status}
      </h2>
      <dl className="facts">
        <div>
          <dt>{d.follow.status}</dt>
          <dd>
            <StateBadge state={c.state} />
          </dd>
        </div>
        <div>
          <dt>{d.follow.product}</dt>
          <dd>
            {c.manufacturer.name} {c.productName}
          </dd>
        </div>
        <div>
          <dt>{d.follow.received}</dt>
          <dd>{day(c.receivedAt)}</dd>
        </div>
        {c.state === 'received' ? (
          <div>
            <dt>{d.follow.ackDue}</dt>
            <dd>{day(c.acknowledgementDueAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{d.follow.publicationDue}</dt>
          <dd>{day(c.publicationDueAt)}</dd>
        </div>
        {c.scores.map((s) => (
          <div key={s.version}>
            <dt>
              {d.follow.score} (CVSS {s.version})
            </dt>
            <dd>
              <SeverityBadge severity={s.baseSeverity} score={s.baseScore} />
              <br />
              <code className="disclosure-vector">{s.vector}</code>
            </dd>
          </div>
        ))}
        {c.cve ? (
          <div>
            <dt>CVE</dt>
            <dd>{c.cve}</dd>
          </div>
        ) : null}
        {affected.length > 0 ? (
          <div>
            <dt>{d.case.affectedReleases}</dt>
            <dd>{affected.join(', ')}</dd>
          </div>
        ) : null}
        {fixed.length > 0 ? (
          <div>
            <dt>{d.case.fixedReleases}</dt>
            <dd>{fixed.join(', ')}</dd>
          </div>
        ) : null}
        {c.advisory ? (
          <div>
            <dt>{d.follow.advisory}</dt>
            <dd>
              <Link href={disclosurePaths.advisory(c.advisory.id)}>{c.advisory.id}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {!reporter && c.overdue.length > 0 ? (
        <ul className="disclosure-overdue">
          {c.overdue.map((o) => (
            <li key={o.deadline}>{d.case.overdue(d.case.deadlines[o.deadline], o.daysOverdue)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function ReportContent({ c, title }: { c: CaseView; title: string }) {
  const { d } = useText();
  return (
    <section aria-labelledby="report-title" className="section">
      <h2 id="report-title">{title}</h2>
      <h3>{c.content.title}</h3>
      <h4>{d.case.description}</h4>
      <p className="disclosure-text">{c.content.description}</p>
      <h4>{d.case.affected}</h4>
      <p className="disclosure-text">{c.content.affectedVersions}</p>
      <h4>{d.case.steps}</h4>
      <p className="disclosure-text">{c.content.steps}</p>
      <dl className="facts facts--compact">
        <div>
          <dt>{d.case.reporter}</dt>
          <dd>{c.content.reporterName ?? d.case.anonymous}</dd>
        </div>
        {c.content.credit ? (
          <div>
            <dt>{d.case.credit}</dt>
            <dd>{c.content.credit}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

export function Attachments({ c, onDownload }: { c: CaseView; onDownload(id: string, name: string): void }) {
  const { d } = useText();
  if (c.attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-title" className="section">
      <h2 id="attachments-title">{d.case.attachments}</h2>
      <ul>
        {c.attachments.map((a) => (
          <li key={a.id}>
            <button type="button" className="button disclosure-link-button" onClick={() => onDownload(a.id, a.name)} aria-label={d.case.download(a.name)}>
              {a.name}
            </button>{' '}
            <span className="hint">
              {a.mediaType}, {Math.max(1, Math.round(a.size / 1024))} KB
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function eventText(e: CaseView['events'][number], d: ReturnType<typeof useText>['d'], day: (iso: string) => string): string {
  const b = e.body as Record<string, unknown>;
  switch (e.kind) {
    case 'received':
      return d.events.received;
    case 'step':
      return `${d.steps[b.step as keyof typeof d.steps] ?? String(b.step)} → ${d.states[b.to as keyof typeof d.states] ?? String(b.to)}`;
    case 'message':
      return d.events.message;
    case 'publication-date':
      return d.events['publication-date'](day(String(b.from)), day(String(b.to)));
    case 'coordinator-added':
      return d.events['coordinator-added'](`${String(b.name)} (${String(b.organisation)})`);
    case 'advisory':
      return d.events.advisory(String(b.advisoryId), Number(b.version));
    case 'notice':
      return d.events.notice[String(b.notice)] ?? String(b.notice);
    default:
      return e.kind;
  }
}

export function Timeline({ c }: { c: CaseView }) {
  const { d, day, when } = useText();
  return (
    <section aria-labelledby="timeline-title" className="section">
      <h2 id="timeline-title">{d.case.timeline}</h2>
      <ol className="disclosure-timeline">
        {c.events.map((e) => {
          const b = e.body as { text?: string; note?: string | null; reason?: string };
          const text = b.text ?? b.note ?? b.reason ?? null;
          return (
            <li key={e.seq} className={e.visibility === 'internal' ? 'disclosure-timeline__internal' : undefined}>
              <p className="disclosure-timeline__head">
                <strong>{eventText(e, d, day)}</strong> · {e.author.name} · <time dateTime={e.at}>{when(e.at)}</time>
                {e.visibility === 'internal' ? <span className="badge disclosure-internal">{d.events.internal}</span> : null}
              </p>
              {text ? <p className="disclosure-text">{text}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
