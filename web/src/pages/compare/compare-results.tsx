// One direction of a comparison: the summary bar, a status filter, and each requirement of the first framework
// beside its counterparts in the second.
import type { GapsAnswer, GapStatus } from '../../api/crosswalk-types';
import { GapStatusBadge } from '../../components/gap-status-badge';
import { LevelBadge } from '../../components/level-badge';
import { RequirementLink } from '../../components/requirement-link';
import { StatusBar } from '../../components/status-bar';
import { useI18n } from '../../i18n/i18n-context';
import { CounterpartList } from './counterpart-list';

const STATUSES: GapStatus[] = ['covered', 'partial', 'missing'];

export function CompareResults({
  answer,
  id,
  title,
  intro,
  names,
  shown,
  onShow,
}: {
  answer: GapsAnswer;
  /** Prefix for element ids: the page shows two directions. */
  id: string;
  title: string;
  intro?: string;
  names(id: string): string;
  shown: GapStatus | '';
  onShow(status: GapStatus | ''): void;
}) {
  const { t } = useI18n();
  const rows = answer.requirements.filter((r) => !shown || r.status === shown);
  return (
    <section aria-labelledby={`${id}-title`} className="section">
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p className="hint">{intro}</p> : null}
      <StatusBar summary={answer.summary} />
      <fieldset className="segmented">
        <legend>{t.compare.filter}</legend>
        {(['', ...STATUSES] as const).map((s) => (
          <label key={s || 'all'}>
            <input type="radio" name={`${id}-status`} value={s} checked={shown === s} onChange={() => onShow(s)} />
            {s ? `${t.gapStatuses[s]} (${answer.summary[s]})` : `${t.compare.all} (${answer.summary.total})`}
          </label>
        ))}
      </fieldset>
      <div className="compare-table" role="table" aria-label={title}>
        <div className="compare-row compare-head" role="row">
          <span role="columnheader" lang="en">
            {names(answer.a)}
          </span>
          <span role="columnheader">{t.compare.columns.status}</span>
          <span role="columnheader" lang="en">
            {names(answer.b)}
          </span>
        </div>
        {rows.map((r) => (
          <div key={r.requirement.key} className="compare-row" role="row">
            <div role="cell">
              <RequirementLink requirementKey={r.requirement.key} frameworkName={null} title={r.requirement.title} /> <LevelBadge level={r.requirement.level} />
            </div>
            <div role="cell">
              <GapStatusBadge status={r.status} />
            </div>
            <div role="cell">
              <CounterpartList counterparts={r.counterparts} />
            </div>
          </div>
        ))}
      </div>
      {answer.truncated ? <p className="hint">{t.compare.truncated}</p> : null}
    </section>
  );
}
