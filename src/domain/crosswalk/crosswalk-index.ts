// The crosswalk index: requirements as numbered nodes and every mapping as two edges, the stated one and its
// inverse read from the target's side. Built once per data version (linear in the data) and shared by every
// query, so queries never touch the raw arrays again.
import { BASELINE_FRAMEWORK_ID, type Framework } from '../frameworks/framework.js';
import { requirementKey, type Requirement } from '../frameworks/requirement.js';
import type { CatalogData } from '../frameworks/catalog-integrity.js';
import type { Mapping } from './mapping.js';
import { inverseRelationship, type Relationship } from './relationship.js';

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
  const ignoredMappings: IgnoredMapping[] = [];
  for (const mapping of data.mappings) {
    const source = nodeByKey.get(requirementKey(mapping.sourceFrameworkId, mapping.sourceRequirementId));
    const target = nodeByKey.get(requirementKey(mapping.targetFrameworkId, mapping.targetRequirementId));
    if (source === undefined) ignoredMappings.push(Object.freeze({ mappingId: mapping.id, reason: 'unknown-source' }));
    else if (target === undefined) ignoredMappings.push(Object.freeze({ mappingId: mapping.id, reason: 'unknown-target' }));
    else if (source === target) ignoredMappings.push(Object.freeze({ mappingId: mapping.id, reason: 'self-mapping' }));
    else {
      const { relationship, strength } = mapping;
      edges[source]!.push(Object.freeze({ from: source, to: target, relationship, strength, mapping, inverse: false }));
      edges[target]!.push(
        Object.freeze({ from: target, to: source, relationship: inverseRelationship(relationship), strength, mapping, inverse: true }),
      );
    }
  }

  for (const list of edges) Object.freeze(list);
  for (const list of nodesByFramework.values()) Object.freeze(list);

  return Object.freeze({
    baselineId,
    frameworks: Object.freeze([...frameworkById.values()]),
    keys: Object.freeze(keys),
    requirements: Object.freeze(requirements),
    edges: Object.freeze(edges),
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
