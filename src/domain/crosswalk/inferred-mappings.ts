// What a requirement relates to through chains of mappings (mostly through the baseline hub): every reached
// requirement with all its paths, ranked, and its best relationship. One-hop results are kept apart from
// inferred ones because a stated mapping and a composed one deserve different trust.
import type { CrosswalkIndex } from './crosswalk-index.js';
import { compareKeys, comparePaths, type CrosswalkPath, type PathRelationship } from './path.js';
import { resolveLimits, searchPaths, stepToPath, type SearchLimits, type SearchStep } from './path-search.js';

export interface InferOptions extends SearchLimits {
  /** Only report requirements of this framework (paths may still pass through any framework). */
  to?: string;
}

export interface ReachedRequirement {
  requirement: string;
  frameworkId: string;
  requirementId: string;
  /** From the best path: "queried requirement RELATIONSHIP this one". */
  relationship: PathRelationship;
  /** The best path's strength. */
  strength: number;
  /** The best path's length. */
  hops: number;
  /** Every path found to this requirement, best first. */
  paths: CrosswalkPath[];
}

export interface InferredRequirement extends ReachedRequirement {
  /** The requirement is also in `direct` (a stated, walkable mapping links the two). */
  alsoDirect: boolean;
}

export interface CrosswalkResult {
  from: string;
  to: string | null;
  maxHops: number;
  maxPaths: number;
  /** Requirements linked by one mapping (no-relationship mappings are not walked). */
  direct: ReachedRequirement[];
  /** Requirements reached by paths of two hops or more (only those paths are listed here). */
  inferred: InferredRequirement[];
  /** The path budget ran out: some longer paths were not explored. */
  truncated: boolean;
  exploredPaths: number;
}

function reached(index: CrosswalkIndex, node: number, steps: SearchStep[]): ReachedRequirement {
  const paths = steps.map((step) => stepToPath(index, step)).sort(comparePaths);
  const best = paths[0]!;
  const r = index.requirements[node]!;
  return {
    requirement: index.keys[node]!,
    frameworkId: r.frameworkId,
    requirementId: r.id,
    relationship: best.relationship,
    strength: best.strength,
    hops: best.hops.length,
    paths,
  };
}

function compareReached(a: ReachedRequirement, b: ReachedRequirement): number {
  return comparePaths(a.paths[0]!, b.paths[0]!) || compareKeys(a.requirement, b.requirement);
}

/**
 * Direct and inferred relations of a requirement, up to `maxHops` hops (default 3, at most 5). Undetermined
 * paths are never returned. Null when the key is not a known requirement.
 */
export function inferMappings(index: CrosswalkIndex, key: string, options: InferOptions = {}): CrosswalkResult | null {
  const start = index.node(key);
  if (start === undefined) return null;
  const limits = resolveLimits(options);
  const to = options.to ?? null;
  const oneHop = new Map<number, SearchStep[]>();
  const longer = new Map<number, SearchStep[]>();
  let outcome = { truncated: false, explored: 0 };
  if (to === null || index.frameworkNodes(to).length > 0) {
    outcome = searchPaths(index, start, limits, (step) => {
      if (to !== null && index.requirements[step.node]!.frameworkId !== to) return;
      const byNode = step.hops === 1 ? oneHop : longer;
      const list = byNode.get(step.node);
      if (list) list.push(step);
      else byNode.set(step.node, [step]);
    });
  }
  const direct = [...oneHop].map(([node, steps]) => reached(index, node, steps)).sort(compareReached);
  const inferred = [...longer]
    .map(([node, steps]): InferredRequirement => ({ ...reached(index, node, steps), alsoDirect: oneHop.has(node) }))
    .sort(compareReached);
  return {
    from: key,
    to,
    maxHops: limits.maxHops,
    maxPaths: limits.maxPaths,
    direct,
    inferred,
    truncated: outcome.truncated,
    exploredPaths: outcome.explored,
  };
}
