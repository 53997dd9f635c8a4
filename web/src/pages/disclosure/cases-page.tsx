// /disclosure/cases: the cases the signed-in user takes part in (as PSIRT member, coordinator or reporter).
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { getJson, type CaseSummary } from './api';
import { disclosurePaths } from './disclosure-paths';
import { SeverityBadge, SignInPrompt, StateBadge, useSession } from './parts';
import { useText } from './use-text';

export function CasesPage() {
  const { d } = useText();
  const session = useSession();
  const signedIn = session.status === 'ready' && session.data.authenticated;
  const cases = useApi(signedIn ? 'my-cases' : null, (signal) => getJson<{ items: CaseSummary[] }>('/api/disclosure/cases', signal));
  return (
    <>
      <PageHeading title={d.cases.title} />
      {session.status === 'ready' && !signedIn ? <SignInPrompt text={d.cases.signIn} /> : null}
      {signedIn ? <Async state={cases}>{({ items }) => <CaseTable items={items} />}</Async> : null}
    </>
  );
}

function CaseTable({ items }: { items: CaseSummary[] }) {
  const { d, day } = useText();
  if (items.length === 0) return <p>{d.cases.empty}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{d.cases.title}</caption>
        <thead>
          <tr>
            <th scope="col">{d.cases.tracking}</th>
            <th scope="col">{d.cases.caseTitle}</th>
            <th scope="col">{d.cases.product}</th>
            <th scope="col">{d.cases.state}</th>
            <th scope="col">{d.cases.severity}</th>
            <th scope="col">{d.cases.received}</th>
            <th scope="col">{d.cases.role}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={disclosurePaths.case(c.id)}>{c.trackingId}</Link>
              </td>
              <td>{c.title}</td>
              <td>
                {c.manufacturerName} {c.productName}
              </td>
              <td>
                <StateBadge state={c.state} />
                {c.overdue.map((o) => (
                  <span key={o.deadline} className="disclosure-late">
                    {' '}
                    {d.case.overdue(d.case.deadlines[o.deadline], o.daysOverdue)}
                  </span>
                ))}
              </td>
              <td>{c.severity ? <SeverityBadge severity={c.severity} score={c.maxScore} /> : '—'}</td>
              <td>{day(c.receivedAt)}</td>
              <td>{c.viewerRoles.map((r) => d.cases.roles[r] ?? r).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
