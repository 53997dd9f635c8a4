// The consensus matrix, whichever the columns are (frameworks, or Table 2's organisations): rows are baseline
// items sorted by consensus, each cell says whether the column covers the row fully, in part or not at all, and
// through which requirements. The heatmap and its table alternative both draw this one model.
import type { ConsensusAnswer, CoverageAnswer, PathRelationship } from '../../api/crosswalk-types';

export type CellState = 'full' | 'partial' | 'none';

export interface CellRequirement {
  key: string;
  relationship: PathRelationship | null;
  strength: number | null;
  full: boolean;
}

export interface Cell {
  state: CellState;
  requirements: CellRequirement[];
}

export interface MatrixRow {
  key: string;
  id: string;
  title: string;
  count: number;
  fullCount: number;
  total: number;
  share: number;
}

export interface MatrixColumn {
  key: string;
  name: string;
  /** Rows this column covers, fully or partly. */
  count: number;
}

export interface Matrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** cells[row][column]. */
  cells: Cell[][];
}

const NONE: Cell = { state: 'none', requirements: [] };

/** Columns that cover the most rows first; ties keep their name order. */
function sortColumns(columns: MatrixColumn[]): MatrixColumn[] {
  return [...columns].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function frameworkMatrix(consensus: ConsensusAnswer, coverage: CoverageAnswer): Matrix {
  const names = new Map(coverage.frameworks.map((f) => [f.id, f.shortName]));
  const byItem = new Map(coverage.items.map((i) => [i.item, i]));
  const counts = new Map<string, number>();
  for (const item of consensus.items) for (const f of item.frameworks) counts.set(f, (counts.get(f) ?? 0) + 1);
  const columns = sortColumns(consensus.frameworkIds.map((id) => ({ key: id, name: names.get(id) ?? id, count: counts.get(id) ?? 0 })));
  const rows = consensus.items.map((i): MatrixRow => ({ key: i.item, id: i.requirementId, title: i.title, count: i.count, fullCount: i.fullCount, total: i.total, share: i.share }));
  const cells = consensus.items.map((i) => {
    const frameworks = new Map(byItem.get(i.item)?.frameworks.map((f) => [f.frameworkId, f]) ?? []);
    return columns.map((c): Cell => {
      const f = frameworks.get(c.key);
      if (!f) return NONE;
      return {
        state: f.full ? 'full' : 'partial',
        requirements: f.requirements.map((r) => ({ key: r.requirement, relationship: r.relationship, strength: r.strength, full: r.full })),
      };
    });
  });
  return { rows, columns, cells };
}

export function organisationMatrix(coverage: CoverageAnswer): Matrix {
  const total = coverage.organisations.length;
  const counts = new Map<string, number>();
  for (const item of coverage.items) for (const o of item.organisations) counts.set(o.organisation, (counts.get(o.organisation) ?? 0) + 1);
  const columns = sortColumns(coverage.organisations.map((o) => ({ key: o, name: o, count: counts.get(o) ?? 0 })));
  const items = coverage.items
    .map((item, position) => ({ item, position, count: item.organisations.length, fullCount: item.organisations.filter((o) => o.full).length }))
    // Highest consensus first, then more full coverage, then the baseline's own order.
    .sort((a, b) => b.count - a.count || b.fullCount - a.fullCount || a.position - b.position);
  const rows = items.map(({ item, count, fullCount }): MatrixRow => ({
    key: item.item,
    id: item.requirementId,
    title: item.title,
    count,
    fullCount,
    total,
    share: total === 0 ? 0 : count / total,
  }));
  const cells = items.map(({ item }) => {
    const byOrganisation = new Map(item.organisations.map((o) => [o.organisation, o]));
    // The organisation row names requirement keys only; their relationships come from the framework coverage.
    const covering = new Map(item.frameworks.flatMap((f) => f.requirements.map((r) => [r.requirement, r] as const)));
    return columns.map((c): Cell => {
      const o = byOrganisation.get(c.key);
      if (!o) return NONE;
      return {
        state: o.full ? 'full' : 'partial',
        requirements: o.requirements.map((key) => {
          const r = covering.get(key);
          return { key, relationship: r?.relationship ?? null, strength: r?.strength ?? null, full: r?.full ?? o.full };
        }),
      };
    });
  });
  return { rows, columns, cells };
}
