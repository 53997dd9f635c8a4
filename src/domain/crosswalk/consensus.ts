// Consensus and fragmentation: how many of the compared frameworks cover each baseline item, and what each
// framework asks that no other one does.
import type { CrosswalkIndex } from './crosswalk-index.js';
import { baselineCoverage } from './coverage.js';
import type { SearchLimits } from './path-search.js';
import { uniqueRequirements, type FrameworkUniqueness } from './unique-requirements.js';

export interface ConsensusOptions extends SearchLimits {
  /** The frameworks to compare; all but the baseline when omitted. The baseline is never counted. */
  frameworkIds?: readonly string[];
}

export interface ItemConsensus {
  item: string;
  requirementId: string;
  title: string;
  /** Compared frameworks that cover the item (fully or partly), by id. */
  frameworks: string[];
  count: number;
  /** How many of them cover it fully (equivalent or superset-of). */
  fullCount: number;
  total: number;
  /** count / total, 0..1; 0 when nothing is compared. */
  share: number;
}

export interface ConsensusReport {
  baselineId: string;
  frameworkIds: string[];
  /** Requested framework ids the index does not know; left out of every total. */
  unknownFrameworkIds: string[];
  /** Highest consensus first (then more full coverage, then catalog order). */
  items: ItemConsensus[];
  frameworks: FrameworkUniqueness[];
  /** Requirements counted unique because their search ran out of path budget. */
  uncertainUnique: string[];
  /**
   * Mean of (1 - share) over the baseline items: 0 when every compared framework covers every item, 1 when
   * none covers any. Null when there is no baseline item or no framework to compare.
   */
  fragmentation: number | null;
}

export function consensus(index: CrosswalkIndex, options: ConsensusOptions = {}): ConsensusReport {
  const requested = options.frameworkIds ?? index.frameworks.map((f) => f.id);
  const frameworkIds = [...new Set(requested)].filter((id) => id !== index.baselineId && index.framework(id) !== undefined);
  const unknownFrameworkIds = [...new Set(requested)].filter((id) => id !== index.baselineId && index.framework(id) === undefined);
  const compared = new Set(frameworkIds);
  const total = frameworkIds.length;

  const items = baselineCoverage(index).items.map((coverage): ItemConsensus => {
    const covering = coverage.frameworks.filter((f) => compared.has(f.frameworkId));
    return {
      item: coverage.item,
      requirementId: coverage.requirementId,
      title: coverage.title,
      frameworks: covering.map((f) => f.frameworkId),
      count: covering.length,
      fullCount: covering.filter((f) => f.full).length,
      total,
      share: total === 0 ? 0 : covering.length / total,
    };
  });
  const fragmentation =
    items.length === 0 || total === 0 ? null : items.reduce((sum, item) => sum + (1 - item.share), 0) / items.length;
  // Array.prototype.sort is stable, so equal items keep catalog order.
  items.sort((a, b) => b.share - a.share || b.fullCount - a.fullCount);

  const uniqueness = uniqueRequirements(index, frameworkIds, options);
  return {
    baselineId: index.baselineId,
    frameworkIds,
    unknownFrameworkIds,
    items,
    frameworks: uniqueness.frameworks,
    uncertainUnique: uniqueness.uncertain,
    fragmentation,
  };
}
