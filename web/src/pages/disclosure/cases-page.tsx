// /disclosure/cases: the cases the signed-in user takes part in (as PSIRT member, coordinator or reporter).
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { getJson, type CaseSummary } from './api';
import { disclosurePaths } from './disclosure-paths';
import { useSession } from '../../session/session';
import { SeverityBadge, SignInPrompt, StateBadge } from './parts';
import { useText } from './use-text';

export function CasesPage() {
  const { d } = useText();
  const session = useSession();
  const signedIn = session.status === 'ready' && session.info.authenticated;
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
    <DataTable caption={d.cases.title} hideCaption columns={[d.cases.tracking, d.cases.caseTitle, d.cases.product, d.cases.state, d.cases.severity, d.cases.received, d.cases.role]}>
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
    </DataTable>
  );
}
