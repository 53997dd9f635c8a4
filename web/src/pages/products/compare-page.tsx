// /releases/:id/compare?with=otherId: two releases side by side: verdicts per framework and the requirements
// whose status changed.
import { Link, useParams, useSearch } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { enc, getJson, type Comparison } from './api';
import { StatusBadge, VerdictBadge } from './parts';
import { productPaths } from './product-paths';
import { useText } from './use-text';

export function CompareReleasesPage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const other = new URLSearchParams(useSearch()).get('with') ?? '';
  const comparison = useApi(`compare:${id}:${other}`, (signal) => getJson<Comparison>(`/api/releases/${enc(id)}/compare/${enc(other)}`, signal));
  return (
    <Async state={comparison} pageLevel>
      {(c) => <ComparisonView c={c} />}
    </Async>
  );
}

function ComparisonView({ c }: { c: Comparison }) {
  const { p } = useText();
  const a = c.before.release.version ?? '';
  const b = c.after.release.version ?? '';
  return (
    <>
      <PageHeading title={`${p.compare.title(a)} ${p.compare.with} ${b}`} />
      <p>
        <Link href={productPaths.release(c.before.releaseId)}>{a}</Link> · <Link href={productPaths.release(c.after.releaseId)}>{b}</Link>
      </p>
      <DataTable caption={p.release.results} columns={[p.release.framework, `${p.compare.before} (${a})`, `${p.compare.after} (${b})`, p.compare.changes]}>
        {c.frameworks.map((f) => (
          <tr key={f.framework}>
            <th scope="row">{f.shortName}</th>
            <td>{f.before ? <VerdictBadge verdict={f.before} /> : ''}</td>
            <td>{f.after ? <VerdictBadge verdict={f.after} /> : ''}</td>
            <td className="num">{f.changes.length}</td>
          </tr>
        ))}
      </DataTable>
      {c.frameworks
        .filter((f) => f.changes.length > 0)
        .map((f) => (
          <section key={f.framework} aria-labelledby={`changes-${f.framework}`}>
            <h2 id={`changes-${f.framework}`}>{f.shortName}</h2>
            <ul>
              {f.changes.map((ch) => (
                <li key={ch.id}>
                  <strong>{ch.id}</strong> {ch.title}: <StatusBadge status={ch.before} /> → <StatusBadge status={ch.after} /> ({p.compare[ch.direction]})
                </li>
              ))}
            </ul>
          </section>
        ))}
      {c.frameworks.every((f) => f.changes.length === 0) ? <p>{p.compare.noChanges}</p> : null}
    </>
  );
}
