// A requirement is unique when no other compared framework relates to it at all, directly or through a path:
// it is where frameworks fragment. The baseline is the hub paths go through, never a witness itself.
import type { CrosswalkIndex } from './crosswalk-index.js';
import { resolveLimits, searchPaths, type SearchLimits } from './path-search.js';

export interface FrameworkUniqueness {
  frameworkId: string;
  requirements: number;
  /** Keys of the unique requirements, in catalog order. */
  unique: string[];
  uniqueCount: number;
  /** uniqueCount / requirements; null for a framework with no requirements. */
  uniqueShare: number | null;
}

export interface UniquenessReport {
  frameworks: FrameworkUniqueness[];
  /** Requirements counted unique only because their search hit the path budget first: worth a curator's look. */
  uncertain: string[];
}

/**
 * Unique requirements of each framework in `frameworkIds`, judged against the other frameworks of that list.
 * A requirement linked only by no-relationship mappings, or only by undetermined paths, is unique.
 */
export function uniqueRequirements(index: CrosswalkIndex, frameworkIds: readonly string[], options: SearchLimits = {}): UniquenessReport {
  const limits = resolveLimits(options);
  const compared = new Set(frameworkIds.filter((id) => id !== index.baselineId));
  const uncertain: string[] = [];
  const frameworks = [...compared].map((frameworkId): FrameworkUniqueness => {
    const nodes = index.frameworkNodes(frameworkId);
    const unique: string[] = [];
    for (const node of nodes) {
      const outcome = searchPaths(index, node, limits, (step, tree) => {
        const other = index.requirements[tree.node[step]!]!.frameworkId;
        return other !== frameworkId && compared.has(other);
      });
      if (outcome.stopped) continue;
      unique.push(index.keys[node]!);
      if (outcome.truncated) uncertain.push(index.keys[node]!);
    }
    return {
      frameworkId,
      requirements: nodes.length,
      unique,
      uniqueCount: unique.length,
      uniqueShare: nodes.length === 0 ? null : unique.length / nodes.length,
    };
  });
  return { frameworks, uncertain };
}
