// Stated mappings: the other requirement, the relationship read from this requirement's side, its strength,
// the rationale and where the mapping comes from.
import type { DirectMapping } from '../../api/crosswalk-types';
import { LevelBadge } from '../../components/level-badge';
import { RequirementLink } from '../../components/requirement-link';
import { useI18n } from '../../i18n/i18n-context';

export function DirectMappingList({ mappings }: { mappings: DirectMapping[] }) {
  const { t, date } = useI18n();
  return (
    <ul className="mapping-list">
      {mappings.map((m) => (
        <li key={m.mappingId} className="mapping">
          <div className="mapping__head">
            <span className="mapping__relationship">{t.relationshipNames[m.relationship]}</span>
            <RequirementLink requirementKey={m.requirement.key} frameworkName={m.requirement.frameworkName} title={m.requirement.title} />
            <LevelBadge level={m.requirement.level} />
          </div>
          <p className="mapping__meta">
            <span className="strength" aria-label={t.requirement.strengthLabel(m.strength)}>
              {t.requirement.columns.strength}: {t.requirement.strength(m.strength)}
            </span>
            {m.statedFromOtherSide ? <> · {t.requirement.statedFromOtherSide}</> : null}
            {' · '}
            {t.requirement.columns.provenance}:{' '}
            <span lang="en">{m.provenance.url ? <a href={m.provenance.url}>{m.provenance.source}</a> : m.provenance.source}</span>
            {m.provenance.date ? <> ({date(m.provenance.date)})</> : null}
          </p>
          {m.rationale ? (
            <p className="mapping__rationale" lang="en">
              {m.rationale}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
