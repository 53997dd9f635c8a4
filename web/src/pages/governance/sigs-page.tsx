// Special interest groups the visitor may see, by focus area.
import { Link } from 'wouter';
import { getJson } from '../../api/client';
import type { Sig } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useGovernanceText } from '../../i18n/governance-text';
import { paths } from '../../paths';
import { VisibilityBadge } from './common';

export function SigsPage() {
  const g = useGovernanceText();
  const state = useApi('sigs', (signal) => getJson<{ items: Sig[] }>('/api/governance/sigs', signal));
  return (
    <>
      <PageHeading title={g.sigs.title} />
      <p className="lead">{g.sigs.intro}</p>
      <Async state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{g.sigs.none}</p>
          ) : (
            <ul className="card-list">
              {items.map((s) => (
                <li key={s.id} className="card">
                  <h2 className="card__title">
                    <Link href={paths.sig(s.id)}>{s.name}</Link>
                  </h2>
                  <p>
                    {g.focusAreas[s.focusArea]} <VisibilityBadge visibility={s.visibility} />
                  </p>
                  {s.description ? <p>{s.description}</p> : null}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </>
  );
}
