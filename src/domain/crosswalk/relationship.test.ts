import { describe, expect, it } from 'vitest';
import { composeRelationships, inverseRelationship, RELATIONSHIPS, type ComposedRelationship, type Relationship } from './relationship.js';
import { composeCodes, PATH_RELATIONSHIP_BY_CODE, relationshipCode, UNDETERMINED_CODE } from './relationship-codes.js';

// "A first B" and "B second C" give "A ? C". Written out row by row from set theory, not from the code.
const TABLE: [Relationship, Relationship, ComposedRelationship][] = [
  ['equivalent', 'equivalent', 'equivalent'],
  ['equivalent', 'subset-of', 'subset-of'],
  ['equivalent', 'superset-of', 'superset-of'],
  ['equivalent', 'intersects-with', 'intersects-with'],
  ['equivalent', 'no-relationship', 'undetermined'],
  ['subset-of', 'equivalent', 'subset-of'],
  ['subset-of', 'subset-of', 'subset-of'],
  ['subset-of', 'superset-of', 'undetermined'], // A and C both inside B: they may or may not meet
  ['subset-of', 'intersects-with', 'undetermined'],
  ['subset-of', 'no-relationship', 'undetermined'],
  ['superset-of', 'equivalent', 'superset-of'],
  ['superset-of', 'subset-of', 'intersects-with'], // both contain B
  ['superset-of', 'superset-of', 'superset-of'],
  ['superset-of', 'intersects-with', 'intersects-with'], // A contains B, which meets C
  ['superset-of', 'no-relationship', 'undetermined'],
  ['intersects-with', 'equivalent', 'intersects-with'],
  ['intersects-with', 'subset-of', 'intersects-with'], // A meets B, which lies inside C
  ['intersects-with', 'superset-of', 'undetermined'],
  ['intersects-with', 'intersects-with', 'undetermined'],
  ['intersects-with', 'no-relationship', 'undetermined'],
  ['no-relationship', 'equivalent', 'undetermined'],
  ['no-relationship', 'subset-of', 'undetermined'],
  ['no-relationship', 'superset-of', 'undetermined'],
  ['no-relationship', 'intersects-with', 'undetermined'],
  ['no-relationship', 'no-relationship', 'undetermined'],
];

describe('composeRelationships', () => {
  it('covers all 25 pairs of relationships once', () => {
    expect(new Set(TABLE.map(([a, b]) => `${a}|${b}`)).size).toBe(RELATIONSHIPS.length ** 2);
  });

  it.each(TABLE)('%s then %s gives %s', (first, second, expected) => {
    expect(composeRelationships(first, second)).toBe(expected);
  });

  it.each(RELATIONSHIPS)('undetermined absorbs %s on either side', (r) => {
    expect(composeRelationships('undetermined', r)).toBe('undetermined');
    expect(composeRelationships(r, 'undetermined')).toBe('undetermined');
  });

  it('the integer table used by the path search agrees with every row', () => {
    for (const [first, second, expected] of TABLE) {
      const code = composeCodes(relationshipCode(first), relationshipCode(second));
      expect(code === UNDETERMINED_CODE ? 'undetermined' : PATH_RELATIONSHIP_BY_CODE[code]).toBe(expected);
    }
  });
});

describe('inverseRelationship', () => {
  it.each([
    ['equivalent', 'equivalent'],
    ['subset-of', 'superset-of'],
    ['superset-of', 'subset-of'],
    ['intersects-with', 'intersects-with'],
    ['no-relationship', 'no-relationship'],
  ] as const)('%s read from the other side is %s', (r, inverse) => {
    expect(inverseRelationship(r)).toBe(inverse);
    expect(inverseRelationship(inverseRelationship(r))).toBe(r);
  });
});
