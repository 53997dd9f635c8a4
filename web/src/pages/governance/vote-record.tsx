// The record of a vote: every ballot (changes included) with its time, representative and audit entry, and
// whether a recount and the audit chain confirm the recorded result.
import { getJson } from '../../api/client';
import type { VoteRecord } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { useGovernanceText } from '../../i18n/governance-text';
import { useDateTime } from './common';

export function VoteRecordSection({ proposalId, version }: { proposalId: string; version: string }) {
  const g = useGovernanceText();
  const when = useDateTime();
  const url = `/api/governance/proposals/${encodeURIComponent(proposalId)}/record`;
  const state = useApi(`${url}#${version}`, (signal) => getJson<VoteRecord>(url, signal));
  return (
    <section aria-labelledby="record-title">
      <h2 id="record-title">{g.proposals.record}</h2>
      <p>{g.proposals.recordIntro}</p>
      <Async state={state}>
        {(r) => (
          <>
            {r.check ? (
              r.check.ok && r.chain.ok ? (
                <p className="notice notice--ok">{g.proposals.recordOk}</p>
              ) : (
                <div role="alert" className="error-box">
                  <p>{g.proposals.recordProblem}</p>
                  <ul>
                    {r.check.problems.map((p, i) => (
                      <li key={i}>{p}</li>
                    ))}
                  </ul>
                </div>
              )
            ) : null}
            {r.ballots.length > 0 ? (
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="ballots-caption">
                <table className="data-table">
                  <caption id="ballots-caption">{g.proposals.ballots}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{g.proposals.time}</th>
                      <th scope="col">{g.proposals.organisation}</th>
                      <th scope="col">{g.proposals.ballot}</th>
                      <th scope="col">{g.proposals.representative}</th>
                      <th scope="col">{g.proposals.auditEntry}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.ballots.map((b) => (
                      <tr key={b.auditSeq}>
                        <td>{when(b.at)}</td>
                        <td>{b.organisation.name}</td>
                        <td>{g.choices[b.choice]}</td>
                        <td>{b.representative.name ?? b.representative.id}</td>
                        <td>
                          <code title={b.auditHash ?? ''}>#{b.auditSeq}</code>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        )}
      </Async>
    </section>
  );
}
