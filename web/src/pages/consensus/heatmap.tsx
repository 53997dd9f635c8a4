// The heatmap: baseline items (rows, by consensus) against frameworks or organisations (columns). It is one
// tab stop; arrow keys, Home/End and Page Up/Down move between cells (a roving tabindex), and the cell under
// the pointer or with focus shows its requirements in the details panel beside the grid.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { CellDetails } from './cell-details';
import { CELL_SYMBOLS } from './cell-symbols';
import type { Matrix } from './matrix';

interface Position {
  row: number;
  col: number;
}

export function Heatmap({
  matrix,
  caption,
  columnHeader,
  columnIsFramework,
  frameworkName,
}: {
  matrix: Matrix;
  caption: string;
  columnHeader: string;
  columnIsFramework: boolean;
  frameworkName(id: string): string;
}) {
  const { t, number, percent } = useI18n();
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [hover, setHover] = useState<Position | null>(null);
  const [touched, setTouched] = useState(false);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const rows = matrix.rows.length;
  const cols = matrix.columns.length;
  const stateWord = { full: t.consensus.full, partial: t.consensus.partial, none: t.consensus.none };

  const moveTo = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) };
    setActive(next);
    setTouched(true);
    buttons.current.get(`${next.row}:${next.col}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const { row, col } = active;
    const moves: Record<string, () => void> = {
      ArrowRight: () => moveTo(row, col + 1),
      ArrowLeft: () => moveTo(row, col - 1),
      ArrowDown: () => moveTo(row + 1, col),
      ArrowUp: () => moveTo(row - 1, col),
      Home: () => (e.ctrlKey ? moveTo(0, 0) : moveTo(row, 0)),
      End: () => (e.ctrlKey ? moveTo(rows - 1, cols - 1) : moveTo(row, cols - 1)),
      PageDown: () => moveTo(row + 10, col),
      PageUp: () => moveTo(row - 10, col),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  };

  const shown = hover ?? (touched ? active : null);
  return (
    <div className="heatmap-layout">
      <div className="table-scroll heatmap-scroll" role="region" aria-label={caption}>
        <table className="heatmap" onKeyDown={onKeyDown} onMouseLeave={() => setHover(null)}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap__corner">
                {t.consensus.item}
              </th>
              <th scope="col" className="heatmap__share-column">
                {t.consensus.consensusColumn}
              </th>
              {matrix.columns.map((c) => (
                <th key={c.key} scope="col" className="heatmap__column">
                  <span className="heatmap__column-name" lang="en" title={c.name}>
                    {c.name}
                  </span>
                  <span className="visually-hidden">, {columnHeader}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r, ri) => (
              <tr key={r.key}>
                <th scope="row">
                  <span className="heatmap__item-id">{r.id}</span> <span lang="en">{r.title}</span>
                  {/* On phones the consensus column gives way to this line (one or the other is displayed). */}
                  <span className="heatmap__share-inline">
                    {t.consensus.consensusColumn}: {percent(r.share)}
                  </span>
                </th>
                <td className="heatmap__share heatmap__share-column">
                  <strong>{percent(r.share)}</strong>
                  <span className="heatmap__count">{t.consensus.share(r.count, r.total)}</span>
                </td>
                {matrix.columns.map((c, ci) => {
                  const cell = matrix.cells[ri]![ci]!;
                  const isActive = active.row === ri && active.col === ci;
                  const count = cell.requirements.length;
                  return (
                    <td key={c.key}>
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) buttons.current.set(`${ri}:${ci}`, el);
                          else buttons.current.delete(`${ri}:${ci}`);
                        }}
                        className={`heatmap__cell heatmap__cell--${cell.state}`}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={t.consensus.cellSummary(`${r.id} ${r.title}`, c.name, count > 0 ? `${stateWord[cell.state]} (${number(count)})` : stateWord[cell.state])}
                        aria-controls="cell-details"
                        onFocus={() => {
                          setActive({ row: ri, col: ci });
                          setTouched(true);
                        }}
                        onMouseEnter={() => setHover({ row: ri, col: ci })}
                        onClick={() => moveTo(ri, ci)}
                      >
                        <span aria-hidden="true">{CELL_SYMBOLS[cell.state]}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside id="cell-details" className="heatmap-details panel" aria-labelledby="cell-details-title">
        <CellDetails
          row={shown ? matrix.rows[shown.row] : undefined}
          column={shown ? matrix.columns[shown.col] : undefined}
          cell={shown ? matrix.cells[shown.row]?.[shown.col] : undefined}
          frameworkName={frameworkName}
          columnIsFramework={columnIsFramework}
        />
      </aside>
    </div>
  );
}
