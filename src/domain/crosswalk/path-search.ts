// The one walk every query shares: simple paths from a requirement over edges that are not no-relationship,
// composing relationships hop by hop. Breadth-first, so when the path budget runs out it is the longest, least
// trustworthy paths that are left unexplored, and the same data always gives the same truncation.
import type { CrosswalkIndex } from './crosswalk-index.js';
import type { CrosswalkPath, PathHop, PathRelationship } from './path.js';
import { composeCodes, EQUIVALENT_CODE, NO_RELATIONSHIP_CODE, PATH_RELATIONSHIP_BY_CODE, UNDETERMINED_CODE } from './relationship-codes.js';

export const DEFAULT_MAX_HOPS = 3;
/** Beyond five hops a composed relationship says more about the graph's shape than about the requirements. */
export const MAX_HOPS_CAP = 5;
/**
 * Paths a single query may extend (each surviving extension counts once; pruned ones do not). On the bench's
 * hub-shaped catalog (10,000 requirements, 50,000 mappings) a query from a framework requirement extends about
 * 4,000 paths at three hops (12,000 at most), while one from a baseline item would extend over 100,000, and
 * millions at five hops. The budget keeps every answer within tens of milliseconds; when it is hit the result
 * says `truncated: true` and, the walk being breadth-first, only the longest paths are missing.
 */
export const DEFAULT_MAX_PATHS = 20_000;

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

/**
 * Every path the walk extended, stored as parallel arrays (one slot per path, each linked to the path it
 * extends) rather than as objects: a query may extend tens of thousands of paths and most are never shown.
 * Slot 0 is the start. Read it only through the step numbers the walk hands out.
 */
export interface SearchTree {
  readonly node: ArrayLike<number>;
  readonly parent: ArrayLike<number>;
  /** Index into index.adjacency.edge of the hop that reached this slot (-1 for the start). */
  readonly edge: ArrayLike<number>;
  /** Relationship code of the composition from the start (see relationship-codes.ts). */
  readonly relationship: ArrayLike<number>;
  /** Weakest hop so far. */
  readonly strength: ArrayLike<number>;
  readonly hops: ArrayLike<number>;
}

export interface SearchOutcome {
  /** The path budget ran out before the walk finished. */
  truncated: boolean;
  /** The visitor asked to stop. */
  stopped: boolean;
  /** Paths in the tree: slots 1..explored. */
  explored: number;
  tree: SearchTree;
}

class GrowingTree implements SearchTree {
  node: Int32Array;
  parent: Int32Array;
  edge: Int32Array;
  relationship: Uint8Array;
  strength: Float64Array;
  hops: Uint8Array;

  constructor(capacity: number) {
    this.node = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.edge = new Int32Array(capacity);
    this.relationship = new Uint8Array(capacity);
    this.strength = new Float64Array(capacity);
    this.hops = new Uint8Array(capacity);
  }

  ensure(size: number): void {
    if (size <= this.node.length) return;
    const capacity = Math.max(size, this.node.length * 2);
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.node = grow(this.node, (n) => new Int32Array(n));
    this.parent = grow(this.parent, (n) => new Int32Array(n));
    this.edge = grow(this.edge, (n) => new Int32Array(n));
    this.relationship = grow(this.relationship, (n) => new Uint8Array(n));
    this.strength = grow(this.strength, (n) => new Float64Array(n));
    this.hops = grow(this.hops, (n) => new Uint8Array(n));
  }
}

/**
 * Extends every simple path of 1..maxHops hops from `start` whose composition is determined,
 * shortest paths first, into the returned tree. A path is dropped as soon as it becomes undetermined: no later
 * hop can make it determined again. `visit`, when given, sees each path's slot as it is added and returns true
 * to stop the walk early.
 */
export function searchPaths(
  index: CrosswalkIndex,
  start: number,
  limits: ResolvedLimits,
  visit?: (step: number, tree: SearchTree) => boolean | void,
): SearchOutcome {
  const { offsets, target, relationship, strength } = index.adjacency;
  const tree = new GrowingTree(Math.min(limits.maxPaths + 1, 1024));
  // Equivalent is the identity of composition, so the start needs no special case.
  tree.node[0] = start;
  tree.parent[0] = -1;
  tree.edge[0] = -1;
  tree.relationship[0] = EQUIVALENT_CODE;
  tree.strength[0] = Infinity;
  let size = 1;
  // Slots are filled in breadth-first order, so each depth's paths sit in one contiguous range.
  let levelStart = 0;
  let levelEnd = 1;
  for (let depth = 1; depth <= limits.maxHops && levelStart < levelEnd; depth++) {
    for (let step = levelStart; step < levelEnd; step++) {
      const from = tree.node[step]!;
      const composedSoFar = tree.relationship[step]!;
      const strengthSoFar = tree.strength[step]!;
      for (let e = offsets[from]!, end = offsets[from + 1]!; e < end; e++) {
        const code = relationship[e]!;
        if (code === NO_RELATIONSHIP_CODE) continue;
        const composed = composeCodes(composedSoFar, code);
        if (composed === UNDETERMINED_CODE) continue;
        const to = target[e]!;
        let cycle = false;
        for (let s = step; s !== -1; s = tree.parent[s]!) {
          if (tree.node[s] === to) {
            cycle = true;
            break;
          }
        }
        if (cycle) continue;
        if (size - 1 >= limits.maxPaths) return { truncated: true, stopped: false, explored: size - 1, tree };
        tree.ensure(size + 1);
        tree.node[size] = to;
        tree.parent[size] = step;
        tree.edge[size] = e;
        tree.relationship[size] = composed;
        tree.strength[size] = Math.min(strengthSoFar, strength[e]!);
        tree.hops[size] = depth;
        size++;
        if (visit !== undefined && visit(size - 1, tree) === true) return { truncated: false, stopped: true, explored: size - 1, tree };
      }
    }
    levelStart = levelEnd;
    levelEnd = size;
  }
  return { truncated: false, stopped: false, explored: size - 1, tree };
}

/** The composed relationship of a path in the tree. */
export function stepRelationship(tree: SearchTree, step: number): PathRelationship {
  return PATH_RELATIONSHIP_BY_CODE[tree.relationship[step]!]!;
}

/** Turns a path of the tree into the plain path the API returns; hops are the index's shared, frozen objects. */
export function stepToPath(index: CrosswalkIndex, tree: SearchTree, step: number, from: string = index.keys[tree.node[0]!]!): CrosswalkPath {
  const hopOf = index.adjacency.hop;
  const length = tree.hops[step]!;
  const hops: PathHop[] = new Array<PathHop>(length);
  for (let i = length - 1, s = step; i >= 0; i--, s = tree.parent[s]!) hops[i] = hopOf[tree.edge[s]!]!;
  return {
    from,
    to: index.keys[tree.node[step]!]!,
    hops,
    relationship: stepRelationship(tree, step),
    strength: tree.strength[step]!,
  };
}
