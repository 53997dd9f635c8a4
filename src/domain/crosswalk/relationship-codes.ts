// Relationships as small integers for the path search's hot loop. The composition table is computed from
// composeRelationships, so relationship.ts stays the one place where composition is defined.
import type { PathRelationship } from './path.js';
import { composeRelationships, RELATIONSHIPS, type Relationship } from './relationship.js';

/** Code -> relationship; the codes of the four walkable relationships are their positions here. */
export const PATH_RELATIONSHIP_BY_CODE: readonly PathRelationship[] = Object.freeze([
  'equivalent',
  'subset-of',
  'superset-of',
  'intersects-with',
]);
export const NO_RELATIONSHIP_CODE = 4;
export const UNDETERMINED_CODE = 5;
export const EQUIVALENT_CODE = 0;

const CODES: Readonly<Record<Relationship, number>> = Object.freeze({
  equivalent: 0,
  'subset-of': 1,
  'superset-of': 2,
  'intersects-with': 3,
  'no-relationship': NO_RELATIONSHIP_CODE,
});

export function relationshipCode(relationship: Relationship): number {
  return CODES[relationship];
}

const WIDTH = RELATIONSHIPS.length;
const TABLE = new Uint8Array(WIDTH * WIDTH);
for (const first of RELATIONSHIPS) {
  for (const second of RELATIONSHIPS) {
    const composed = composeRelationships(first, second);
    TABLE[CODES[first] * WIDTH + CODES[second]] = composed === 'undetermined' ? UNDETERMINED_CODE : CODES[composed];
  }
}

/** composeRelationships on codes; `first` is a walkable code (0..3), the result may be UNDETERMINED_CODE. */
export function composeCodes(first: number, second: number): number {
  return TABLE[first * WIDTH + second]!;
}
