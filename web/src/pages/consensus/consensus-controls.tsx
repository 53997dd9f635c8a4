// The two choices of the consensus page: columns by framework or by organisation, and heatmap or table.
import { useI18n } from '../../i18n/i18n-context';

export type View = 'frameworks' | 'organisations';
export type Display = 'heatmap' | 'table';

export function ConsensusControls({ view, display, onView, onDisplay }: { view: View; display: Display; onView(v: View): void; onDisplay(d: Display): void }) {
  const { t } = useI18n();
  return (
    <div className="consensus-controls">
      <fieldset className="segmented">
        <legend>{t.consensus.view}</legend>
        {(['frameworks', 'organisations'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="consensus-view" value={v} checked={view === v} onChange={() => onView(v)} />
            {v === 'frameworks' ? t.consensus.byFramework : t.consensus.byOrganisation}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t.consensus.display}</legend>
        {(['heatmap', 'table'] as const).map((d) => (
          <label key={d}>
            <input type="radio" name="consensus-display" value={d} checked={display === d} onChange={() => onDisplay(d)} />
            {d === 'heatmap' ? t.consensus.heatmap : t.consensus.table}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
