// /disclosure/overdue: open cases past a deadline, for users of CSIRT/PSIRT organisations, who can join one as
// coordinator. No report contents are shown here.
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { getJson, sendJson, type OverdueCase } from './api';
import { disclosurePaths } from './disclosure-paths';
import { FormResult, SignInPrompt, StateBadge, useSession } from './parts';
import { useText } from './use-text';

export function OverduePage() {
  const { d, day } = useText();
  const session = useSession();
  const signedIn = session.status === 'ready' && session.data.authenticated;
  const state = useApi(signedIn ? 'overdue' : null, (signal) => getJson<{ items: OverdueCase[] }>('/api/disclosure/overdue', signal));
  const [, navigate] = useLocation();
  const [result, setResult] = useState<{ ok: false; error: unknown } | null>(null);
  const join = async (id: string) => {
    try {
      await sendJson('POST', `/api/disclosure/cases/${encodeURIComponent(id)}/join`, undefined, session.data ?? null);
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
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">{d.overdue.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{d.cases.tracking}</th>
                      <th scope="col">{d.overdue.manufacturer}</th>
                      <th scope="col">{d.cases.product}</th>
                      <th scope="col">{d.cases.state}</th>
                      <th scope="col">{d.overdue.late}</th>
                      <th scope="col">{d.overdue.coordinators}</th>
                      <th scope="col">{d.cases.received}</th>
                      <th scope="col">
                        <span className="visually-hidden">{d.case.actions}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
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
                  </tbody>
                </table>
              </div>
            )
          }
        </Async>
      ) : null}
      <FormResult result={result} />
    </>
  );
}
