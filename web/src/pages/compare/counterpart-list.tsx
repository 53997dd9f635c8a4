// The counterparts of one requirement in the other framework: each with its relationship, and for an inferred
// one the path it was found through, in words.
import type { GapCounterpart } from '../../api/crosswalk-types';
import { PathExplanation } from '../../components/path-explanation';
import { RequirementLink } from '../../components/requirement-link';
import { useI18n } from '../../i18n/i18n-context';

export function CounterpartList({ counterparts }: { counterparts: GapCounterpart[] }) {
  const { t } = useI18n();
  if (counterparts.length === 0) return <span className="hint">—</span>;
  return (
    <ul className="plain-list">
      {counterparts.map((c) => (
        <li key={c.requirement.key} className="counterpart">
          <RequirementLink requirementKey={c.requirement.key} frameworkName={null} title={c.requirement.title} />
          <span className="counterpart__how">
            {t.relationshipNames[c.relationship]} · {c.stated ? t.compare.stated : t.compare.inferred}
          </span>
          {!c.stated && c.path ? (
            <details className="more-paths">
              <summary>{t.compare.showPath}</summary>
              <PathExplanation path={c.path} linkFirst />
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
