// The Platform's decisions: the proposals the visitor may see, the charter in force, and the ways in.
import { Link } from 'wouter';
import { getJson } from '../../api/client';
import type { CharterTerm, ProposalSummary } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { useGovernanceText } from '../../i18n/governance-text';
import { paths } from '../../paths';
import { StatusBadge, useDateTime, useStanding, VisibilityBadge } from './common';

interface Data {
  proposals: ProposalSummary[];
  charter: { terms: CharterTerm[]; inForce: CharterTerm | null };
}

async function load(signal: AbortSignal): Promise<Data> {
  const [proposals, charter] = await Promise.all([
    getJson<{ items: ProposalSummary[] }>('/api/governance/proposals', signal),
    getJson<Data['charter']>('/api/governance/charter', signal),
  ]);
  return { proposals: proposals.items, charter };
}

export function GovernancePage() {
  const g = useGovernanceText();
  const { date } = useI18n();
  const when = useDateTime();
  const standing = useStanding();
  const state = useApi('governance', load);
  return (
    <>
      <PageHeading title={g.proposals.title} />
      <p className="lead">{g.proposals.intro}</p>
      <ul className="inline-links">
        <li>
          <Link href={paths.members()}>{g.nav.members}</Link>
        </li>
        <li>
          <Link href={paths.statements()}>{g.nav.statements}</Link>
        </li>
        <li>
          <Link href={paths.sigs()}>{g.proposals.groups}</Link>
        </li>
        {standing.mayApply ? (
          <li>
            <Link href={paths.apply()}>{g.apply.title}</Link>
          </li>
        ) : null}
      </ul>
      {!standing.signedIn ? <p className="hint">{g.signInToTakePart}</p> : null}
      <Async state={state}>
        {({ proposals, charter }) => (
          <>
            <section aria-labelledby="proposals-title">
              <h2 id="proposals-title">{g.proposals.list}</h2>
              {proposals.length === 0 ? (
                <p>{g.proposals.none}</p>
              ) : (
                <ul className="plain-list proposal-list">
                  {proposals.map((p) => (
                    <li key={p.id} className="proposal-item">
                      <Link href={paths.proposal(p.id)}>{p.title}</Link>
                      <span className="proposal-item__meta">
                        {g.kinds[p.kind]} · <StatusBadge status={p.phase} /> <VisibilityBadge visibility={p.visibility} />
                        {p.phase === 'open' && p.closesAt ? ` · ${g.proposals.closes(when(p.closesAt))}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="charter-title">
              <h2 id="charter-title">{g.proposals.charter}</h2>
              {charter.inForce ? (
                <>
                  <p>{g.proposals.charterInForce(date(charter.inForce.endsOn))}</p>
                  <h3>{g.proposals.goals}</h3>
                  <ul>
                    {charter.inForce.goals.map((goal, i) => (
                      <li key={i}>{goal}</li>
                    ))}
                  </ul>
                  {charter.inForce.deliverables.length > 0 ? (
                    <>
                      <h3>{g.proposals.deliverables}</h3>
                      <ul>
                        {charter.inForce.deliverables.map((d, i) => (
                          <li key={i}>{d}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </>
              ) : (
                <p>{g.proposals.charterLapsed}</p>
              )}
            </section>
          </>
        )}
      </Async>
    </>
  );
}
