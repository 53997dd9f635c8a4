// NIST IR 8477 set-theory relationships between a source and a target requirement, read as
// "source <relationship> target": "A subset-of B" means everything A asks is also asked by B.

export const RELATIONSHIPS = [
  'equivalent',
  'subset-of',
  'superset-of',
  'intersects-with',
  'no-relationship',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The result of composing relationships along a path; undetermined is never shown as a mapping. */
export type ComposedRelationship = Exclude<Relationship, 'no-relationship'> | 'undetermined';

const INVERSES: Record<Relationship, Relationship> = {
  equivalent: 'equivalent',
  'subset-of': 'superset-of',
  'superset-of': 'subset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
};

/** The relationship read from the target's side: the inverse of subset-of is superset-of. */
export function inverseRelationship(relationship: Relationship): Relationship {
  return INVERSES[relationship];
}

/**
 * A r1 B and B r2 C give A ? C. A no-relationship hop makes the path undetermined; equivalent is the
 * identity; subset∘subset = subset; superset∘superset = superset; superset∘subset, superset∘intersects and
 * intersects∘subset = intersects; anything else is undetermined (we cannot tell whether A and C overlap).
 */
export function composeRelationships(
  first: ComposedRelationship | 'no-relationship',
  second: ComposedRelationship | 'no-relationship',
): ComposedRelationship {
  if (first === 'no-relationship' || second === 'no-relationship') return 'undetermined';
  if (first === 'undetermined' || second === 'undetermined') return 'undetermined';
  if (first === 'equivalent') return second;
  if (second === 'equivalent') return first;
  if (first === 'subset-of' && second === 'subset-of') return 'subset-of';
  if (first === 'superset-of' && second === 'superset-of') return 'superset-of';
  if (first === 'superset-of' && (second === 'subset-of' || second === 'intersects-with')) return 'intersects-with';
  if (first === 'intersects-with' && second === 'subset-of') return 'intersects-with';
  return 'undetermined';
}

/** A relationship under which the target fully answers the source (used by gaps and derivation). */
export function targetCoversSource(relationship: ComposedRelationship): boolean {
  return relationship === 'equivalent' || relationship === 'subset-of';
}
