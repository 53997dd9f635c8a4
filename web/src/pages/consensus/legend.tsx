// What the heatmap's cells mean: a symbol and a word for each state, the colour only repeating them.
import { useI18n } from '../../i18n/i18n-context';
import { CELL_SYMBOLS } from './cell-symbols';

export function Legend() {
  const { t } = useI18n();
  const entries = [
    { state: 'covered', symbol: CELL_SYMBOLS.full, label: t.consensus.full },
    { state: 'partial', symbol: CELL_SYMBOLS.partial, label: t.consensus.partial },
    { state: 'missing', symbol: CELL_SYMBOLS.none, label: t.consensus.none },
  ];
  return (
    <div className="legend-box">
      <ul className="legend" aria-label={t.consensus.legend}>
        {entries.map((e) => (
          <li key={e.state}>
            <span className={`swatch swatch--${e.state}`} aria-hidden="true">
              {e.symbol}
            </span>{' '}
            {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
