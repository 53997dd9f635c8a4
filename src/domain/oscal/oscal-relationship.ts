// NIST IR 8477 relationships as OSCAL 1.2 names them. OSCAL says "equivalent-to" where we say "equivalent",
// and also has "equal-to" (same words); equal requirements are equivalent too, so it imports as equivalent.
import type { Relationship } from '../crosswalk/relationship.js';
import { OSCAL_NS } from './oscal-model.js';

const TO_OSCAL: Record<Relationship, string> = {
  equivalent: 'equivalent-to',
  'subset-of': 'subset-of',
  'superset-of': 'superset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
};

const FROM_OSCAL: Record<string, Relationship> = {
  ...Object.fromEntries(Object.entries(TO_OSCAL).map(([ours, theirs]) => [theirs, ours as Relationship])),
  'equal-to': 'equivalent',
};

export function relationshipToOscal(relationship: Relationship): string {
  return TO_OSCAL[relationship];
}

/** Null for names outside OSCAL's list, or names qualified by another namespace. */
export function relationshipFromOscal(name: string, ns: string | undefined): Relationship | null {
  if (ns !== undefined && ns !== OSCAL_NS) return null;
  return Object.hasOwn(FROM_OSCAL, name) ? FROM_OSCAL[name]! : null;
}
