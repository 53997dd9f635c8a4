import { describe, expect, it } from 'vitest';
import { directMappings } from './direct-mappings.js';
import { indexOf } from './catalog-fixture.test-support.js';

describe('directMappings', () => {
  const index = indexOf([
    ['etsi:5.1-1', 'subset-of', 'platform-baseline:B-1', 8],
    ['platform-baseline:B-1', 'intersects-with', 'psti:1', 6],
    ['platform-baseline:B-1', 'no-relationship', 'ncsc:9', 2],
  ]);

  it('lists mappings stated from either side, read from the queried requirement', () => {
    const result = directMappings(index, 'platform-baseline:B-1')!;
    expect(result.map((m) => [m.requirement, m.relationship, m.strength, m.statedFromOtherSide])).toEqual([
      ['etsi:5.1-1', 'superset-of', 8, true],
      ['psti:1', 'intersects-with', 6, false],
      ['ncsc:9', 'no-relationship', 2, false],
    ]);
  });

  it('carries the mapping\'s id, rationale, provenance and origin', () => {
    const [m] = directMappings(index, 'etsi:5.1-1')!;
    expect(m).toEqual({
      requirement: 'platform-baseline:B-1',
      frameworkId: 'platform-baseline',
      requirementId: 'B-1',
      relationship: 'subset-of',
      strength: 8,
      rationale: 'why etsi:5.1-1 subset-of platform-baseline:B-1',
      provenance: { source: 'test curators', url: null, date: '2026-01-01' },
      origin: 'curated',
      mappingId: 'etsi:5.1-1->platform-baseline:B-1',
      statedFromOtherSide: false,
    });
  });

  it('reads a mapping stated by the other requirement from this side', () => {
    const [m] = directMappings(index, 'psti:1')!;
    expect(m).toMatchObject({ requirement: 'platform-baseline:B-1', relationship: 'intersects-with', statedFromOtherSide: true });
  });

  it('is null for an unknown requirement and empty for an unmapped one', () => {
    expect(directMappings(index, 'nope:1')).toBeNull();
    expect(directMappings(indexOf([], { requirements: ['a:1'] }), 'a:1')).toEqual([]);
  });
});
