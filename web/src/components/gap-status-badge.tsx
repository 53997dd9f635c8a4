// Covered, partial or missing: a symbol and a word, so the status never rests on colour alone.
import type { GapStatus } from '../api/crosswalk-types';
import { useI18n } from '../i18n/i18n-context';

export const GAP_SYMBOLS: Readonly<Record<GapStatus, string>> = { covered: '●', partial: '◐', missing: '○' };

export function GapStatusBadge({ status }: { status: GapStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--gap-${status}`}>
      <span aria-hidden="true">{GAP_SYMBOLS[status]} </span>
      {t.gapStatuses[status]}
    </span>
  );
}
