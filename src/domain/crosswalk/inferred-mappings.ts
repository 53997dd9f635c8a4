// What a requirement relates to through chains of mappings (mostly through the baseline hub): every reached
// requirement with all its paths, ranked, and its best relationship. One-hop results are kept apart from
// inferred ones because a stated mapping and a composed one deserve different trust.
import type { CrosswalkIndex } from './crosswalk-index.js';
import { compareKeys, comparePaths, type CrosswalkPath, type PathRelationship } from './path.js';
import { resolveLimits, searchPaths, stepToPath, type SearchLimits, type SearchTree } from './path-search.js';

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

/** Most requirements have one to three paths, where an insertion sort beats Array.prototype.sort's set-up. */
function rankPaths(paths: CrosswalkPath[]): CrosswalkPath[] {
  if (paths.length > 16) return paths.sort(comparePaths);
  for (let i = 1; i < paths.length; i++) {
    const p = paths[i]!;
    let j = i - 1;
    for (; j >= 0 && comparePaths(paths[j]!, p) > 0; j--) paths[j + 1] = paths[j]!;
    paths[j + 1] = p;
  }
  return paths;
}

/**
 * The tree's paths grouped by the requirement they reach, as linked lists over slot numbers (no Map and no
 * array per requirement: a query can reach thousands). `nodes` lists requirements in the order first reached.
 */
interface Groups {
  nodes: number[];
  head: Int32Array;
  next: Int32Array;
}

function group(index: CrosswalkIndex, tree: SearchTree, explored: number, to: string | null): { oneHop: Groups; longer: Groups } {
  const n = index.keys.length;
  const next = new Int32Array(explored + 1);
  const make = (): Groups & { tail: Int32Array } => ({ nodes: [], head: new Int32Array(n).fill(-1), next, tail: new Int32Array(n) });
  const oneHop = make();
  const longer = make();
  for (let step = 1; step <= explored; step++) {
    const node = tree.node[step]!;
    if (to !== null && index.requirements[node]!.frameworkId !== to) continue;
    const g = tree.hops[step] === 1 ? oneHop : longer;
    next[step] = -1;
    if (g.head[node] === -1) {
      g.head[node] = step;
      g.nodes.push(node);
    } else next[g.tail[node]!] = step;
    g.tail[node] = step;
  }
  return { oneHop, longer };
}

function pathsOf(index: CrosswalkIndex, tree: SearchTree, groups: Groups, node: number, from: string): CrosswalkPath[] {
  const paths: CrosswalkPath[] = [];
  for (let step = groups.head[node]!; step !== -1; step = groups.next[step]!) paths.push(stepToPath(index, tree, step, from));
  return rankPaths(paths);
}

function directResults(index: CrosswalkIndex, tree: SearchTree, oneHop: Groups, from: string): ReachedRequirement[] {
  const result: ReachedRequirement[] = [];
  for (const node of oneHop.nodes) {
    const paths = pathsOf(index, tree, oneHop, node, from);
    const best = paths[0]!;
    const r = index.requirements[node]!;
    result.push({
      requirement: index.keys[node]!,
      frameworkId: r.frameworkId,
      requirementId: r.id,
      relationship: best.relationship,
      strength: best.strength,
      hops: 1,
      paths,
    });
  }
  return result.sort(compareReached);
}

function inferredResults(index: CrosswalkIndex, tree: SearchTree, longer: Groups, oneHop: Groups, from: string): InferredRequirement[] {
  const result: InferredRequirement[] = [];
  for (const node of longer.nodes) {
    const paths = pathsOf(index, tree, longer, node, from);
    const best = paths[0]!;
    const r = index.requirements[node]!;
    result.push({
      requirement: index.keys[node]!,
      frameworkId: r.frameworkId,
      requirementId: r.id,
      relationship: best.relationship,
      strength: best.strength,
      hops: best.hops.length,
      paths,
      alsoDirect: oneHop.head[node] !== -1,
    });
  }
  return result.sort(compareReached);
}

/** Requirements by their best path's strength and length, then by key (not by path text: it is cheaper). */
function compareReached(a: ReachedRequirement, b: ReachedRequirement): number {
  return b.strength - a.strength || a.hops - b.hops || compareKeys(a.requirement, b.requirement);
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
  if (to !== null && index.frameworkNodes(to).length === 0) {
    return { from: key, to, maxHops: limits.maxHops, maxPaths: limits.maxPaths, direct: [], inferred: [], truncated: false, exploredPaths: 0 };
  }
  const { tree, explored, truncated } = searchPaths(index, start, limits);
  const { oneHop, longer } = group(index, tree, explored, to);
  return {
    from: key,
    to,
    maxHops: limits.maxHops,
    maxPaths: limits.maxPaths,
    direct: directResults(index, tree, oneHop, key),
    inferred: inferredResults(index, tree, longer, oneHop, key),
    truncated,
    exploredPaths: explored,
  };
}
