// /advisories/:id: one advisory in words (from its CSAF document), its revisions, and the document itself.
import { useParams } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { getJson, type AdvisoryDetail } from './api';
import { SeverityBadge } from './parts';
import { useText } from './use-text';

interface CsafView {
  document: { notes?: { category: string; text: string }[] };
  product_tree: { branches: { branches: { branches: { name: string; product: { product_id: string } }[] }[] }[] };
  vulnerabilities: {
    notes: { category: string; title?: string; text: string }[];
    product_status: { known_affected?: string[]; fixed?: string[] };
    remediations: { category: string; details: string; url?: string }[];
  }[];
}

function versionsById(doc: CsafView): Map<string, string> {
  const map = new Map<string, string>();
  for (const vendor of doc.product_tree.branches) for (const product of vendor.branches) for (const v of product.branches) map.set(v.product.product_id, v.name);
  return map;
}

export function AdvisoryPage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const state = useApi(`advisory:${id}`, (signal) => getJson<AdvisoryDetail>(`/api/advisories/${encodeURIComponent(id)}`, signal));
  return (
    <Async state={state} pageLevel>
      {(a) => <Advisory a={a} />}
    </Async>
  );
}

function Advisory({ a }: { a: AdvisoryDetail }) {
  const { d, day } = useText();
  const doc = a.document as CsafView;
  const versions = versionsById(doc);
  const v = doc.vulnerabilities[0];
  const names = (ids: string[] | undefined) => (ids ?? []).map((x) => versions.get(x) ?? x).join(', ');
  return (
    <>
      <PageHeading title={`${a.id}: ${a.title}`} />
      <dl className="facts panel">
        <div>
          <dt>{d.advisories.manufacturer}</dt>
          <dd>{a.manufacturer.name}</dd>
        </div>
        <div>
          <dt>{d.advisories.severity}</dt>
          <dd>
            <SeverityBadge severity={a.severity} score={a.baseScore} />
          </dd>
        </div>
        {a.cve ? (
          <div>
            <dt>CVE</dt>
            <dd>{a.cve}</dd>
          </div>
        ) : null}
        <div>
          <dt>{d.advisories.published}</dt>
          <dd>{day(a.initialReleaseDate)}</dd>
        </div>
        <div>
          <dt>{d.advisories.affected}</dt>
          <dd>{names(v?.product_status.known_affected)}</dd>
        </div>
        <div>
          <dt>{d.advisories.fixed}</dt>
          <dd>{names(v?.product_status.fixed) || d.advisories.noFix}</dd>
        </div>
      </dl>
      <div lang="en">
        {doc.document.notes
          ?.filter((n) => n.category === 'summary')
          .map((n) => (
            <p key={n.text} className="lead">
              {n.text}
            </p>
          ))}
        {v?.notes.map((n) => (
          <section key={n.text} className="section">
            <h2>{n.title ?? n.category}</h2>
            <p className="disclosure-text">{n.text}</p>
          </section>
        ))}
      </div>
      <section aria-labelledby="remediations-title" className="section">
        <h2 id="remediations-title">{d.advisories.remediations}</h2>
        <ul>
          {v?.remediations.map((r) => (
            <li key={`${r.category}:${r.details}`}>
              <strong>{d.publish.categories[r.category] ?? r.category}</strong>: <span lang="en">{r.details}</span>
              {r.url ? (
                <>
                  {' '}
                  <a href={r.url}>{r.url}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="revisions-title" className="section">
        <h2 id="revisions-title">{d.advisories.revisions}</h2>
        <ol>
          {a.revisions.map((r) => (
            <li key={r.version}>
              {day(r.at)}: <span lang="en">{r.summary}</span>
            </li>
          ))}
        </ol>
      </section>
      <p>
        <a href={a.url}>{d.advisories.csaf}</a>
      </p>
    </>
  );
}
