// A path is a chain of mappings read from its first requirement; its relationship is the composition of the
// hops. Paths are plain data so the UI can render them and explainPath can word them.
import type { ComposedRelationship } from './relationship.js';

/** A relationship a hop or a whole path can carry: no-relationship is never walked, undetermined never shown. */
export type PathRelationship = Exclude<ComposedRelationship, 'undetermined'>;

export interface PathHop {
  /** Requirement key the hop is read from. */
  from: string;
  to: string;
  /** Read "from RELATIONSHIP to". */
  relationship: PathRelationship;
  strength: number;
  mappingId: string;
  /** True when the mapping was stated from `to`'s side and this hop is its inverse. */
  inverse: boolean;
}

export interface CrosswalkPath {
  from: string;
  to: string;
  hops: PathHop[];
  /** Composition of the hops' relationships, folded left to right: "from RELATIONSHIP to". */
  relationship: PathRelationship;
  /** The weakest hop's strength: a chain is no surer than its weakest mapping. */
  strength: number;
}

/** Strongest first; then fewer hops; then the hop ends and mapping ids in code-unit order, for determinism. */
export function comparePaths(a: CrosswalkPath, b: CrosswalkPath): number {
  if (a.strength !== b.strength) return b.strength - a.strength;
  if (a.hops.length !== b.hops.length) return a.hops.length - b.hops.length;
  for (let i = 0; i < a.hops.length; i++) {
    const x = a.hops[i]!;
    const y = b.hops[i]!;
    if (x.to !== y.to) return x.to < y.to ? -1 : 1;
    if (x.mappingId !== y.mappingId) return x.mappingId < y.mappingId ? -1 : 1;
  }
  return 0;
}

/** Code-unit order, never locale order: rankings must not change with the server's locale. */
export function compareKeys(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
