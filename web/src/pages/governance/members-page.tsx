// The Platform's members (public) and its Expert Advisors Group; a way in for organisations that may apply.
import { Link } from 'wouter';
import { getJson } from '../../api/client';
import type { Advisor, Member } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { useGovernanceText } from '../../i18n/governance-text';
import { paths } from '../../paths';
import { useStanding } from './common';

interface Data {
  members: Member[];
  advisors: Advisor[];
  onePerCountry: boolean;
}

async function load(signal: AbortSignal): Promise<Data> {
  const [members, advisors, settings] = await Promise.all([
    getJson<{ items: Member[] }>('/api/governance/members', signal),
    getJson<{ items: Advisor[] }>('/api/governance/advisors', signal),
    getJson<{ items: { key: string; value: boolean }[] }>('/api/governance/settings', signal),
  ]);
  return { members: members.items, advisors: advisors.items, onePerCountry: settings.items.find((s) => s.key === 'advisors-one-per-country')?.value ?? true };
}

export function MembersPage() {
  const g = useGovernanceText();
  const { jurisdiction, date } = useI18n();
  const standing = useStanding();
  const state = useApi('members', load);
  return (
    <>
      <PageHeading title={g.members.title} />
      <p className="lead">{g.members.intro}</p>
      {standing.mayApply ? (
        <p>
          <Link href={paths.apply()} className="button">
            {g.members.apply}
          </Link>
        </p>
      ) : null}
      <Async state={state}>
        {(data) => (
          <>
            <section aria-labelledby="members-title">
              <h2 id="members-title">{g.members.count(data.members.length)}</h2>
              {data.members.length === 0 ? (
                <p>{g.members.none}</p>
              ) : (
                <ul className="card-list" id="member-list">
                  {data.members.map((m) => (
                    <li key={m.organisation.id} className="card">
                      <h3 className="member-card__name">{m.organisation.name}</h3>
                      <dl className="facts facts--compact">
                        <div>
                          <dt>{g.members.since}</dt>
                          <dd>{date(m.admittedAt.slice(0, 10))}</dd>
                        </div>
                        <div>
                          <dt>{g.members.criterion}</dt>
                          <dd>{g.criteria[m.criterion]}</dd>
                        </div>
                        <div>
                          <dt>{g.organisationTypes[m.organisation.type] ?? m.organisation.type}</dt>
                          <dd>{jurisdiction(m.organisation.country)}</dd>
                        </div>
                        {m.framework ? (
                          <div>
                            <dt>{g.members.framework}</dt>
                            <dd>
                              <Link href={paths.framework(m.framework.id)}>{m.framework.name}</Link>
                            </dd>
                          </div>
                        ) : null}
                      </dl>
                      <p className="member-card__source">
                        {m.source === 'founding' ? g.members.founding : m.proposalId ? <Link href={paths.proposal(m.proposalId)}>{g.members.admittedBy}</Link> : g.members.admittedBy}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="advisors-title">
              <h2 id="advisors-title">{g.members.advisorsTitle}</h2>
              <p>{g.members.advisorsIntro}</p>
              <p>{g.members.onePerCountry(data.onePerCountry)}</p>
              {data.advisors.length === 0 ? (
                <p>{g.members.advisorsNone}</p>
              ) : (
                <ul className="plain-list">
                  {data.advisors.map((a) => (
                    <li key={a.id}>
                      {a.person?.name ?? g.members.advisorUnnamed} · {jurisdiction(a.country)} · {g.criteria[a.criterion]}
                      {a.designatedBy ? ` (${a.designatedBy})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Async>
    </>
  );
}
