// The heatmap's table alternative: one row per baseline item with its consensus and, in words, who covers it
// fully and who in part. Reads top to bottom with a screen reader and needs no colour at all.
import { useI18n } from '../../i18n/i18n-context';
import type { Matrix } from './matrix';

export function MatrixTable({ matrix, caption }: { matrix: Matrix; caption: string }) {
  const { t, percent } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table matrix-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.consensus.item}</th>
            <th scope="col">{t.consensus.consensusColumn}</th>
            <th scope="col">{t.consensus.full}</th>
            <th scope="col">{t.consensus.partial}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r, ri) => {
            const cells = matrix.cells[ri]!;
            const names = (state: 'full' | 'partial') =>
              matrix.columns
                .filter((_, ci) => cells[ci]!.state === state)
                .map((c) => c.name)
                .join(', ') || '—';
            return (
              <tr key={r.key}>
                <th scope="row">
                  <span className="heatmap__item-id">{r.id}</span> <span lang="en">{r.title}</span>
                </th>
                <td className="nowrap">
                  {t.consensus.share(r.count, r.total)} ({percent(r.share)})
                </td>
                <td lang="en">{names('full')}</td>
                <td lang="en">{names('partial')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
