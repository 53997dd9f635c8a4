// What lies behind one heatmap cell: the baseline item, the framework or organisation, and the requirements
// that cover the item, each with its relationship and strength.
import { Link } from 'wouter';
import { RequirementLink } from '../../components/requirement-link';
import { useI18n } from '../../i18n/i18n-context';
import { paths, splitKey } from '../../paths';
import type { Cell, MatrixColumn, MatrixRow } from './matrix';
import { CELL_SYMBOLS } from './cell-symbols';

export function CellDetails({
  row,
  column,
  cell,
  frameworkName,
  columnIsFramework,
}: {
  row: MatrixRow | undefined;
  column: MatrixColumn | undefined;
  cell: Cell | undefined;
  frameworkName(id: string): string;
  columnIsFramework: boolean;
}) {
  const { t } = useI18n();
  const stateWord = { full: t.consensus.full, partial: t.consensus.partial, none: t.consensus.none };
  return (
    <>
      <h2 id="cell-details-title">{t.consensus.details}</h2>
      {!row || !column || !cell ? (
        <p className="hint">{t.consensus.detailsHint}</p>
      ) : (
        <div className="cell-details">
          <p>
            <RequirementLink requirementKey={row.key} frameworkName={null} title={row.title} />
          </p>
          <p>
            {columnIsFramework ? (
              <Link href={paths.framework(column.key)}>
                <span lang="en">{column.name}</span>
              </Link>
            ) : (
              <strong lang="en">{column.name}</strong>
            )}
            {': '}
            <span className={`swatch swatch--${cell.state === 'full' ? 'covered' : cell.state === 'partial' ? 'partial' : 'missing'}`} aria-hidden="true">
              {CELL_SYMBOLS[cell.state]}
            </span>{' '}
            <strong>{stateWord[cell.state]}</strong>
          </p>
          {cell.requirements.length === 0 ? (
            <p className="hint">{t.consensus.noRequirements}</p>
          ) : (
            <ul className="plain-list cell-details__requirements">
              {cell.requirements.map((r) => (
                <li key={r.key}>
                  <RequirementLink requirementKey={r.key} frameworkName={frameworkName(splitKey(r.key)[0])} />
                  {r.relationship ? (
                    <span className="counterpart__how">
                      {t.relationshipNames[r.relationship]}
                      {r.strength !== null ? ` · ${t.requirement.strengthLabel(r.strength)}` : ''}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
