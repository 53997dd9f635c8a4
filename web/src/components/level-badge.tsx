// A requirement's level as a labelled badge: the words carry the meaning, the colour only repeats it.
import type { Level } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

export function LevelBadge({ level }: { level: Level }) {
  const { t } = useI18n();
  return <span className={`badge badge--level-${level}`}>{t.levels[level]}</span>;
}
