// Inferred relations: each reached requirement with its composed relationship, its best path in words, and
// the other paths on request.
import type { InferredMapping } from '../../api/crosswalk-types';
import { LevelBadge } from '../../components/level-badge';
import { PathExplanation } from '../../components/path-explanation';
import { RequirementLink } from '../../components/requirement-link';
import { useI18n } from '../../i18n/i18n-context';

export function InferredMappingList({ mappings }: { mappings: InferredMapping[] }) {
  const { t } = useI18n();
  return (
    <ul className="mapping-list">
      {mappings.map((m) => {
        const [best, ...others] = m.paths;
        return (
          <li key={m.requirement.key} className="mapping mapping--inferred">
            <div className="mapping__head">
              <span className="mapping__relationship">{t.relationshipNames[m.relationship]}</span>
              <RequirementLink requirementKey={m.requirement.key} frameworkName={m.requirement.frameworkName} title={m.requirement.title} />
              <LevelBadge level={m.requirement.level} />
            </div>
            <p className="mapping__meta">
              <span className="strength" aria-label={t.requirement.strengthLabel(m.strength)}>
                {t.requirement.columns.strength}: {t.requirement.strength(m.strength)}
              </span>
            </p>
            {best ? <PathExplanation path={best} /> : null}
            {others.length > 0 ? (
              <details className="more-paths">
                <summary>{t.requirement.morePaths(others.length)}</summary>
                {others.map((p, i) => (
                  <PathExplanation key={i} path={p} />
                ))}
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
