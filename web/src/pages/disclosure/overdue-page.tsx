// /disclosure/overdue: open cases past a deadline, for users of CSIRT/PSIRT organisations, who can join one as
// coordinator. No report contents are shown here.
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../session/session';
import { getJson, send, type OverdueCase } from './api';
import { disclosurePaths } from './disclosure-paths';
import { FormResult, SignInPrompt, StateBadge } from './parts';
import { useText } from './use-text';

export function OverduePage() {
  const { d, day } = useText();
  const session = useSession();
  const signedIn = session.status === 'ready' && session.info.authenticated;
  const state = useApi(signedIn ? 'overdue' : null, (signal) => getJson<{ items: OverdueCase[] }>('/api/disclosure/overdue', signal));
  const [, navigate] = useLocation();
  const [result, setResult] = useState<{ ok: false; error: unknown } | null>(null);
  const join = async (id: string) => {
    try {
      await send('POST', `/api/disclosure/cases/${encodeURIComponent(id)}/join`);
      navigate(disclosurePaths.case(id));
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <>
      <PageHeading title={d.overdue.title} />
      <p className="lead">{d.overdue.lead}</p>
      {session.status === 'ready' && !signedIn ? <SignInPrompt text={d.cases.signIn} /> : null}
      {state.status === 'error' && state.error instanceof ApiError && state.error.status === 403 ? (
        <p role="alert">{d.overdue.forbidden}</p>
      ) : signedIn ? (
        <Async state={state}>
          {({ items }) =>
            items.length === 0 ? (
              <p>{d.overdue.empty}</p>
            ) : (
              <DataTable caption={d.overdue.title} hideCaption columns={[d.cases.tracking, d.overdue.manufacturer, d.cases.product, d.cases.state, d.overdue.late, d.overdue.coordinators, d.cases.received, <span className="visually-hidden">{d.case.actions}</span>]}>
                {items.map((c) => (
                  <tr key={c.id}>
                    <td>{c.trackingId}</td>
                    <td>{c.manufacturer.name}</td>
                    <td>{c.productName}</td>
                    <td>
                      <StateBadge state={c.state} />
                    </td>
                    <td>{c.overdue.map((o) => d.case.overdue(d.case.deadlines[o.deadline], o.daysOverdue)).join('; ')}</td>
                    <td>{c.coordinatorCount}</td>
                    <td>{day(c.receivedAt)}</td>
                    <td>
                      {c.participating ? (
                        <Link href={disclosurePaths.case(c.id)}>{d.overdue.open}</Link>
                      ) : (
                        <button type="button" className="button" onClick={() => void join(c.id)}>
                          {d.case.join}
                          <span className="visually-hidden"> {c.trackingId}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )
          }
        </Async>
      ) : null}
      <FormResult result={result} />
    </>
  );
}
