// Covered / partial / missing counts as a stacked bar with a legend that states the numbers; the bar is drawn
// for the eye (hidden from assistive technology), the legend carries the figures.
import type { GapStatus } from '../api/crosswalk-types';
import { useI18n } from '../i18n/i18n-context';
import { GAP_SYMBOLS } from './gap-status-badge';

const ORDER: GapStatus[] = ['covered', 'partial', 'missing'];

export function StatusBar({ summary }: { summary: Record<GapStatus, number> & { total: number } }) {
  const { t, number, percent } = useI18n();
  const total = summary.total || 1;
  return (
    <div className="status-bar">
      <div className="status-bar__track" aria-hidden="true">
        {ORDER.map((s) =>
          summary[s] > 0 ? (
            // Widths go through the CSSOM (allowed by the content security policy), not a style attribute.
            <span key={s} className={`status-bar__part status-bar__part--${s}`} style={{ width: `${(summary[s] / total) * 100}%` }} />
          ) : null,
        )}
      </div>
      <ul className="status-bar__legend">
        {ORDER.map((s) => (
          <li key={s}>
            <span className={`swatch swatch--${s}`} aria-hidden="true">
              {GAP_SYMBOLS[s]}
            </span>{' '}
            {t.gapStatuses[s]}: <strong>{number(summary[s])}</strong> ({percent(summary[s] / total)})
          </li>
        ))}
      </ul>
    </div>
  );
}
