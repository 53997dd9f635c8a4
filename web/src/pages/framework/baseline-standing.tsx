// Where a framework sits against the Platform baseline: for each baseline item, whether the framework asks at
// least as much (covered), part of it (partial) or nothing related (missing), and through which requirements.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { apiUrl, getJson } from '../../api/client';
import type { GapsAnswer, GapStatus } from '../../api/crosswalk-types';
import type { FrameworkDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { GapStatusBadge } from '../../components/gap-status-badge';
import { RequirementLink } from '../../components/requirement-link';
import { StatusBar } from '../../components/status-bar';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';

const BASELINE_ID = 'platform-baseline';
const STATUSES: GapStatus[] = ['covered', 'partial', 'missing'];

export function BaselineStanding({ framework }: { framework: FrameworkDetail }) {
  const { t } = useI18n();
  const isBaseline = framework.id === BASELINE_ID;
  const url = apiUrl('/api/gaps', { a: BASELINE_ID, b: framework.id });
  const state = useApi(isBaseline ? null : url, (signal) => getJson<GapsAnswer>(url, signal));
  const [shown, setShown] = useState<GapStatus | ''>('');
  return (
    <section aria-labelledby="against-baseline" className="section">
      <h2 id="against-baseline">{t.framework.againstBaseline}</h2>
      {isBaseline ? (
        <p>{t.framework.isBaseline}</p>
      ) : (
        <>
          <p>{t.framework.againstBaselineIntro(framework.shortName)}</p>
          <Async state={state}>{(report) => <Standing report={report} frameworkName={framework.shortName} shown={shown} setShown={setShown} />}</Async>
          <p>
            <Link href={paths.compare(framework.id, BASELINE_ID)}>{t.framework.compareWith}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function Standing({ report, frameworkName, shown, setShown }: { report: GapsAnswer; frameworkName: string; shown: GapStatus | ''; setShown(s: GapStatus | ''): void }) {
  const { t } = useI18n();
  const rows = useMemo(() => report.requirements.filter((r) => !shown || r.status === shown), [report, shown]);
  return (
    <>
      <StatusBar summary={report.summary} />
      <details className="standing-details">
        <summary>{t.framework.itemByItem(report.summary.total)}</summary>
        <fieldset className="segmented">
          <legend>{t.compare.filter}</legend>
          {(['', ...STATUSES] as const).map((s) => (
            <label key={s || 'all'}>
              <input type="radio" name="baseline-status" value={s} checked={shown === s} onChange={() => setShown(s)} />
              {s ? `${t.gapStatuses[s]} (${report.summary[s]})` : `${t.compare.all} (${report.summary.total})`}
            </label>
          ))}
        </fieldset>
        <ul className="gap-list">
          {rows.map((r) => (
            <li key={r.requirement.key} className={`gap-row gap-row--${r.status}`}>
              <div className="gap-row__item">
                <RequirementLink requirementKey={r.requirement.key} frameworkName={null} title={r.requirement.title} />
              </div>
              <GapStatusBadge status={r.status} />
              <div className="gap-row__through">
                {r.counterparts.length === 0 ? null : (
                  <ul className="inline-list">
                    {r.counterparts.map((c) => (
                      <li key={c.requirement.key}>
                        <RequirementLink requirementKey={c.requirement.key} frameworkName={frameworkName} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
