// Where frameworks go their own way: per framework, the requirements no other compared framework relates to.
import { Link } from 'wouter';
import type { ConsensusAnswer } from '../../api/crosswalk-types';
import { RequirementLink } from '../../components/requirement-link';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';

export function UniqueRequirements({ consensus, frameworkName }: { consensus: ConsensusAnswer; frameworkName(id: string): string }) {
  const { t, percent } = useI18n();
  const frameworks = [...consensus.frameworks].sort((a, b) => (b.uniqueShare ?? 0) - (a.uniqueShare ?? 0) || b.uniqueCount - a.uniqueCount);
  return (
    <section aria-labelledby="unique-title" className="section">
      <h2 id="unique-title">{t.consensus.unique}</h2>
      <p className="hint">{t.consensus.uniqueIntro}</p>
      <div className="table-scroll" role="region" aria-label={t.consensus.uniqueCount} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.consensus.frameworkColumn}</th>
              <th scope="col">{t.consensus.uniqueCount}</th>
              <th scope="col">{t.framework.requirements}</th>
            </tr>
          </thead>
          <tbody>
            {frameworks.map((f) => (
              <tr key={f.frameworkId}>
                <th scope="row">
                  <Link href={paths.framework(f.frameworkId)}>
                    <span lang="en">{frameworkName(f.frameworkId)}</span>
                  </Link>
                </th>
                <td className="nowrap">
                  {t.consensus.ofTotal(f.uniqueCount, f.requirements)}
                  {f.uniqueShare !== null ? ` (${percent(f.uniqueShare)})` : ''}
                </td>
                <td>
                  {f.unique.length === 0 ? (
                    '—'
                  ) : (
                    <details>
                      <summary>{t.framework.count(f.unique.length)}</summary>
                      <ul className="inline-list">
                        {f.unique.map((key) => (
                          <li key={key}>
                            <RequirementLink requirementKey={key} frameworkName={null} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
