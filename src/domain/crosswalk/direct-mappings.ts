// The mappings that touch one requirement, whichever side stated them, each read from that requirement's side.
import type { CrosswalkIndex } from './crosswalk-index.js';
import type { MappingOrigin, Provenance } from './mapping.js';
import { compareKeys } from './path.js';
import type { Relationship } from './relationship.js';

export interface DirectMapping {
  /** The other requirement's key. */
  requirement: string;
  frameworkId: string;
  requirementId: string;
  /** Read "queried requirement RELATIONSHIP other requirement"; no-relationship mappings are included. */
  relationship: Relationship;
  strength: number;
  rationale: string;
  provenance: Provenance;
  origin: MappingOrigin;
  mappingId: string;
  /** True when the mapping was stated from the other requirement's side, so `relationship` is its inverse. */
  statedFromOtherSide: boolean;
}

/**
 * Direct mappings of a requirement, strongest first (then by the other requirement's key and the mapping id).
 * Null when the key is not a known requirement, so the caller can answer "not found".
 */
export function directMappings(index: CrosswalkIndex, key: string): DirectMapping[] | null {
  const node = index.node(key);
  if (node === undefined) return null;
  const result = index.edges[node]!.map((edge): DirectMapping => {
    const other = index.requirements[edge.to]!;
    return {
      requirement: index.keys[edge.to]!,
      frameworkId: other.frameworkId,
      requirementId: other.id,
      relationship: edge.relationship,
      strength: edge.strength,
      rationale: edge.mapping.rationale,
      provenance: edge.mapping.provenance,
      origin: edge.mapping.origin,
      mappingId: edge.mapping.id,
      statedFromOtherSide: edge.inverse,
    };
  });
  return result.sort(
    (a, b) => b.strength - a.strength || compareKeys(a.requirement, b.requirement) || compareKeys(a.mappingId, b.mappingId),
  );
}
