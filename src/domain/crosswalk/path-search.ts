// The one walk every query shares: simple paths from a requirement over edges that are not no-relationship,
// composing relationships hop by hop. Breadth-first, so when the path budget runs out it is the longest, least
// trustworthy paths that are left unexplored, and the same data always gives the same truncation.
import type { CrosswalkEdge, CrosswalkIndex } from './crosswalk-index.js';
import type { CrosswalkPath, PathHop, PathRelationship } from './path.js';
import { composeRelationships } from './relationship.js';

export const DEFAULT_MAX_HOPS = 3;
/** Beyond five hops a composed relationship says more about the graph's shape than about the requirements. */
export const MAX_HOPS_CAP = 5;
/**
 * Paths a single query may extend (each surviving extension counts once; pruned ones do not). Leaf queries on
 * a hub-shaped catalog of 10,000 requirements stay far below it; a query from a hub item at five hops would
 * otherwise enumerate millions of paths. When it is hit the result says `truncated: true`.
 */
export const DEFAULT_MAX_PATHS = 50_000;

export interface SearchLimits {
  /** Longest path, in hops; default 3, clamped to 1..5. */
  maxHops?: number;
  /** Path budget per query; default DEFAULT_MAX_PATHS. */
  maxPaths?: number;
}

export interface ResolvedLimits {
  maxHops: number;
  maxPaths: number;
}

export function resolveLimits(limits: SearchLimits = {}): ResolvedLimits {
  const hops = Math.floor(limits.maxHops ?? DEFAULT_MAX_HOPS);
  const paths = Math.floor(limits.maxPaths ?? DEFAULT_MAX_PATHS);
  return {
    maxHops: Number.isFinite(hops) ? Math.min(MAX_HOPS_CAP, Math.max(1, hops)) : DEFAULT_MAX_HOPS,
    maxPaths: Number.isFinite(paths) ? Math.max(1, paths) : DEFAULT_MAX_PATHS,
  };
}

/** A path under construction, linked back to its start so that extending it costs one small object. */
export interface SearchStep {
  readonly node: number;
  readonly parent: SearchStep | null;
  readonly edge: CrosswalkEdge | null;
  /** Composition from the start to `node`. */
  readonly relationship: PathRelationship;
  /** Weakest hop so far. */
  readonly strength: number;
  readonly hops: number;
}

export interface SearchOutcome {
  /** The path budget ran out before the walk finished. */
  truncated: boolean;
  /** The visitor asked to stop. */
  stopped: boolean;
  explored: number;
}

function onPath(step: SearchStep, node: number): boolean {
  for (let s: SearchStep | null = step; s !== null; s = s.parent) if (s.node === node) return true;
  return false;
}

/**
 * Calls `visit` once for every simple path of 1..maxHops hops from `start` whose composition is determined.
 * A path is dropped as soon as it becomes undetermined: no later hop can make it determined again.
 * `visit` returns true to stop the walk early.
 */
export function searchPaths(
  index: CrosswalkIndex,
  start: number,
  limits: ResolvedLimits,
  visit: (step: SearchStep) => boolean | void,
): SearchOutcome {
  // Equivalent is the identity of composition, so the start needs no special case.
  let frontier: SearchStep[] = [{ node: start, parent: null, edge: null, relationship: 'equivalent', strength: Infinity, hops: 0 }];
  let explored = 0;
  for (let depth = 1; depth <= limits.maxHops && frontier.length > 0; depth++) {
    const next: SearchStep[] = [];
    for (const step of frontier) {
      for (const edge of index.edges[step.node]!) {
        if (edge.relationship === 'no-relationship' || onPath(step, edge.to)) continue;
        const relationship = composeRelationships(step.relationship, edge.relationship);
        if (relationship === 'undetermined') continue;
        if (explored >= limits.maxPaths) return { truncated: true, stopped: false, explored };
        explored++;
        const extended: SearchStep = {
          node: edge.to,
          parent: step,
          edge,
          relationship,
          strength: Math.min(step.strength, edge.strength),
          hops: depth,
        };
        if (visit(extended) === true) return { truncated: false, stopped: true, explored };
        if (depth < limits.maxHops) next.push(extended);
      }
    }
    frontier = next;
  }
  return { truncated: false, stopped: false, explored };
}

/** Turns a search step into the plain path the API returns. */
export function stepToPath(index: CrosswalkIndex, step: SearchStep): CrosswalkPath {
  const hops: PathHop[] = new Array<PathHop>(step.hops);
  let start = step.node;
  for (let s: SearchStep = step; s.parent !== null; s = s.parent) {
    const edge = s.edge!;
    hops[s.hops - 1] = {
      from: index.keys[edge.from]!,
      to: index.keys[edge.to]!,
      relationship: edge.relationship as PathRelationship,
      strength: edge.strength,
      mappingId: edge.mapping.id,
      inverse: edge.inverse,
    };
    start = s.parent.node;
  }
  return {
    from: index.keys[start]!,
    to: index.keys[step.node]!,
    hops,
    relationship: step.relationship,
    strength: step.strength,
  };
}
