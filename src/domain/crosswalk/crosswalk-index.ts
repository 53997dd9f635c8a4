// The crosswalk index: requirements as numbered nodes and every mapping as two edges, the stated one and its
// inverse read from the target's side. Built once per data version (linear in the data) and shared by every
// query, so queries never touch the raw arrays again.
import { BASELINE_FRAMEWORK_ID, type Framework } from '../frameworks/framework.js';
import { requirementKey, type Requirement } from '../frameworks/requirement.js';
import type { CatalogData } from '../frameworks/catalog-integrity.js';
import type { Mapping } from './mapping.js';
import type { PathHop } from './path.js';
import { inverseRelationship, type Relationship } from './relationship.js';
import { relationshipCode } from './relationship-codes.js';

/** The plain data the engine works on: the same shape the catalog loader and the integrity check use. */
export type CrosswalkData = CatalogData;

/**
 * One edge of the graph, always read "from RELATIONSHIP to". A stated mapping gives the edge source -> target;
 * its inverse edge target -> source carries the inverse relationship and `inverse: true`.
 */
export interface CrosswalkEdge {
  readonly from: number;
  readonly to: number;
  readonly relationship: Relationship;
  readonly strength: number;
  readonly mapping: Mapping;
  /** True when the mapping was stated from the other end (this edge is its inverse). */
  readonly inverse: boolean;
  /** The edge as a path hop, made once here so that queries share it instead of building one per path; null for
   * a no-relationship edge, which no path walks. */
  readonly hop: Readonly<PathHop> | null;
}

/**
 * The same edges packed into arrays for the path search: node n's edges are at offsets[n] .. offsets[n+1]-1,
 * in the order of `edges[n]`. Relationships are codes (see relationship-codes.ts).
 */
export interface AdjacencyArrays {
  readonly offsets: ArrayLike<number>;
  readonly target: ArrayLike<number>;
  readonly relationship: ArrayLike<number>;
  readonly strength: ArrayLike<number>;
  readonly edge: readonly CrosswalkEdge[];
  /** edge[i].hop, kept in its own array because building paths reads nothing else and memory latency dominates. */
  readonly hop: readonly (Readonly<PathHop> | null)[];
}

/** Why a mapping is not in the graph; the integrity check reports the same cases to curators. */
export interface IgnoredMapping {
  readonly mappingId: string;
  readonly reason: 'unknown-source' | 'unknown-target' | 'self-mapping';
}

export interface CrosswalkIndex {
  readonly baselineId: string;
  /** Frameworks in data order. */
  readonly frameworks: readonly Framework[];
  /** Node number -> requirement key ("fw:req"); node numbers follow data order. */
  readonly keys: readonly string[];
  /** Node number -> requirement. */
  readonly requirements: readonly Requirement[];
  /** Node number -> its edges, stated and inverse, in mapping data order. */
  readonly edges: readonly (readonly CrosswalkEdge[])[];
  /** The edges again, packed for speed; treat as read-only like everything here. */
  readonly adjacency: AdjacencyArrays;
  readonly ignoredMappings: readonly IgnoredMapping[];
  /** Node number of a requirement key, or undefined when the key is unknown. */
  node(key: string): number | undefined;
  framework(frameworkId: string): Framework | undefined;
  requirement(key: string): Requirement | undefined;
  /** Node numbers of a framework's requirements in data order; empty for an unknown framework. */
  frameworkNodes(frameworkId: string): readonly number[];
}

export interface BuildOptions {
  /** The hub framework; the Platform baseline unless a test or an experiment says otherwise. */
  baselineId?: string;
}

const NO_NODES: readonly number[] = Object.freeze([]);

/**
 * Builds the index in one pass over frameworks, requirements and mappings. A duplicate requirement key keeps
 * its first occurrence; mappings with an unknown end or mapping a requirement to itself are left out and
 * listed in `ignoredMappings` (the integrity check is where curators learn about them).
 */
export function buildCrosswalkIndex(data: CrosswalkData, options: BuildOptions = {}): CrosswalkIndex {
  const baselineId = options.baselineId ?? BASELINE_FRAMEWORK_ID;
  const frameworkById = new Map<string, Framework>();
  for (const f of data.frameworks) if (!frameworkById.has(f.id)) frameworkById.set(f.id, f);

  const nodeByKey = new Map<string, number>();
  const keys: string[] = [];
  const requirements: Requirement[] = [];
  const nodesByFramework = new Map<string, number[]>();
  for (const r of data.requirements) {
    const key = requirementKey(r.frameworkId, r.id);
    if (nodeByKey.has(key)) continue;
    const node = keys.length;
    nodeByKey.set(key, node);
    keys.push(key);
    requirements.push(r);
    let list = nodesByFramework.get(r.frameworkId);
    if (!list) nodesByFramework.set(r.frameworkId, (list = []));
    list.push(node);
  }

  const edges: CrosswalkEdge[][] = keys.map(() => []);
  const edge = (from: number, to: number, relationship: Relationship, mapping: Mapping, inverse: boolean): CrosswalkEdge => {
    const { strength } = mapping;
    const hop: PathHop | null =
      relationship === 'no-relationship'
        ? null
        : Object.freeze({ from: keys[from]!, to: keys[to]!, relationship, strength, mappingId: mapping.id, inverse });
    return Object.freeze({ from, to, relationship, strength, mapping, inverse, hop });
  };
  const ignoredMappings: IgnoredMapping[] = [];
  for (const mapping of data.mappings) {
    const source = nodeByKey.get(requirementKey(mapping.sourceFrameworkId, mapping.sourceRequirementId));
    const target = nodeByKey.get(requirementKey(mapping.targetFrameworkId, mapping.targetRequirementId));
    if (source === undefined) ignoredMappings.push(Object.freeze({ mappingId: mapping.id, reason: 'unknown-source' }));
    else if (target === undefined) ignoredMappings.push(Object.freeze({ mappingId: mapping.id, reason: 'unknown-target' }));
    else if (source === target) ignoredMappings.push(Object.freeze({ mappingId: mapping.id, reason: 'self-mapping' }));
    else {
      edges[source]!.push(edge(source, target, mapping.relationship, mapping, false));
      edges[target]!.push(edge(target, source, inverseRelationship(mapping.relationship), mapping, true));
    }
  }

  for (const list of edges) Object.freeze(list);
  const adjacency = pack(edges);
  for (const list of nodesByFramework.values()) Object.freeze(list);

  return Object.freeze({
    baselineId,
    frameworks: Object.freeze([...frameworkById.values()]),
    keys: Object.freeze(keys),
    requirements: Object.freeze(requirements),
    edges: Object.freeze(edges),
    adjacency,
    ignoredMappings: Object.freeze(ignoredMappings),
    node: (key: string) => nodeByKey.get(key),
    framework: (frameworkId: string) => frameworkById.get(frameworkId),
    requirement: (key: string) => {
      const node = nodeByKey.get(key);
      return node === undefined ? undefined : requirements[node];
    },
    frameworkNodes: (frameworkId: string) => nodesByFramework.get(frameworkId) ?? NO_NODES,
  });
}

function pack(edges: readonly (readonly CrosswalkEdge[])[]): AdjacencyArrays {
  const offsets = new Int32Array(edges.length + 1);
  for (let n = 0; n < edges.length; n++) offsets[n + 1] = offsets[n]! + edges[n]!.length;
  const total = offsets[edges.length]!;
  const target = new Int32Array(total);
  const relationship = new Uint8Array(total);
  const strength = new Float64Array(total);
  const flat: CrosswalkEdge[] = [];
  const hops: (Readonly<PathHop> | null)[] = [];
  for (const list of edges) {
    for (const e of list) {
      const at = flat.length;
      target[at] = e.to;
      relationship[at] = relationshipCode(e.relationship);
      strength[at] = e.strength;
      flat.push(e);
      hops.push(e.hop);
    }
  }
  return Object.freeze({ offsets, target, relationship, strength, edge: Object.freeze(flat), hop: Object.freeze(hops) });
}
