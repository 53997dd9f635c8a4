import { describe, expect, it } from 'vitest';
import { indexOf, type MappingRow } from '../catalog-fixture.test-support.js';
import type { Relationship } from '../relationship.js';
import { comparePublication } from './compare.js';
import { COMPATIBLE, verdictFor } from './compatibility.js';
import { PAIR_KINDS, type PairKind, type Publication, type PublicationPair } from './publication.js';

function publication(pairs: [string, PairKind, string][], scope: Partial<Publication['extraScope']> = {}): Publication {
  const list: PublicationPair[] = pairs.map(([source, kind, target]) => ({ source, target, kind, written: kind, via: null }));
  return {
    format: 'test',
    title: 'test',
    provenance: null,
    hubBased: false,
    relations: list.length,
    pairs: list,
    outOfScope: [{ relation: 'x -> elsewhere', reason: 'framework-not-in-registry' }],
    extraScope: { sources: [], targetKeys: null, unordered: false, ...scope },
    notes: [],
  };
}

describe('the compatibility table', () => {
  // Written out in full so that a change to the table is a visible change to this test (and to the docs).
  const table: Record<PairKind, Record<Relationship, 'agree' | 'contradict'>> = {
    equivalent: { equivalent: 'agree', 'subset-of': 'contradict', 'superset-of': 'contradict', 'intersects-with': 'contradict', 'no-relationship': 'contradict' },
    'satisfied-by': { equivalent: 'agree', 'subset-of': 'agree', 'superset-of': 'contradict', 'intersects-with': 'contradict', 'no-relationship': 'contradict' },
    'jointly-satisfied-by': { equivalent: 'agree', 'subset-of': 'agree', 'superset-of': 'agree', 'intersects-with': 'agree', 'no-relationship': 'contradict' },
    requires: { equivalent: 'agree', 'subset-of': 'contradict', 'superset-of': 'agree', 'intersects-with': 'contradict', 'no-relationship': 'contradict' },
    related: { equivalent: 'agree', 'subset-of': 'agree', 'superset-of': 'agree', 'intersects-with': 'agree', 'no-relationship': 'contradict' },
  };
  it.each(PAIR_KINDS)('%s', (kind) => {
    for (const [ours, verdict] of Object.entries(table[kind])) expect(verdictFor(kind, ours as Relationship), `${kind} vs ${ours}`).toBe(verdict);
    expect(verdictFor(kind, null)).toBe('missed');
    expect(COMPATIBLE[kind]).not.toContain('no-relationship');
  });
});

describe('comparePublication', () => {
  const rows: MappingRow[] = [
    ['law:a', 'subset-of', 'platform-baseline:B-1', 9],
    ['std:x', 'equivalent', 'platform-baseline:B-1', 9],
    ['std:y', 'subset-of', 'platform-baseline:B-1', 7],
    ['law:b', 'superset-of', 'std:z', 10],
    ['law:c', 'no-relationship', 'std:x', 3],
    ['law:c', 'subset-of', 'platform-baseline:B-2', 6],
  ];
  const index = indexOf(rows, { requirements: ['std:w'] });

  it('prefers a stated mapping, infers otherwise, and judges each pair by its kind', () => {
    const result = comparePublication(
      index,
      publication([
        ['law:a', 'satisfied-by', 'std:x'], // inferred subset-of: agree
        ['law:b', 'satisfied-by', 'std:z'], // stated superset-of: contradict
        ['law:c', 'related', 'std:x'], // stated no-relationship: contradict
        ['law:a', 'related', 'std:y'], // subset-of then superset-of: undetermined, joined: missed
        ['law:a', 'related', 'std:w'], // no mapping at all: missed, unconnected
      ]),
    );
    expect(result.counts).toEqual({ inScope: 5, agree: 1, contradict: 2, missed: 2, extra: 0, outOfScope: 1 });
    expect(result.recall).toBeCloseTo(3 / 5);
    const [agree] = result.agreements;
    expect(agree!.ours).toMatchObject({ relationship: 'subset-of', stated: false, mappingId: null });
    expect(agree!.ours!.path!.hops.map((h) => h.to)).toEqual(['platform-baseline:B-1', 'std:x']);
    expect(result.contradictions.map((p) => [p.target, p.ours!.relationship, p.ours!.stated])).toEqual([
      ['std:z', 'superset-of', true],
      ['std:x', 'no-relationship', true],
    ]);
    expect(result.contradictions[1]!.ours!.path).toBeNull();
    expect(result.missed.map((p) => [p.target, p.missReason])).toEqual([
      ['std:y', 'undetermined'],
      ['std:w', 'unconnected'],
    ]);
    expect(result.missedByReason).toEqual({ undetermined: 1, unconnected: 1 });
    expect(result.byKind['satisfied-by']).toEqual({ pairs: 2, agree: 1, contradict: 1, missed: 0 });
    expect(result.outOfScopeByReason).toEqual({ 'framework-not-in-registry': 1 });
  });

  it('reads a mapping stated from the target side as its inverse', () => {
    const result = comparePublication(index, publication([['std:z', 'requires', 'law:b']]));
    expect(result.contradictions[0]!.ours).toMatchObject({ relationship: 'subset-of', stated: true });
  });

  it('lists as extra what we relate within the scope but the publication does not pair, never a stated no-relationship', () => {
    const result = comparePublication(
      index,
      publication([['law:a', 'related', 'std:y']], {
        sources: [
          { key: 'law:a', targetFrameworks: ['std'] },
          { key: 'law:c', targetFrameworks: ['std'] },
        ],
      }),
    );
    // law:a reaches std:x (subset-of); law:c's only std relation is a stated no-relationship.
    expect(result.extra.map((e) => [e.source, e.target, e.ours.relationship])).toEqual([['law:a', 'std:x', 'subset-of']]);
  });

  it('restricts extras to the target keys and reports an unordered pair once', () => {
    const hubIndex = indexOf([
      ['a:1', 'equivalent', 'platform-baseline:B-1'],
      ['b:1', 'equivalent', 'platform-baseline:B-1'],
      ['b:2', 'equivalent', 'platform-baseline:B-1'],
    ]);
    const result = comparePublication(
      hubIndex,
      publication([], {
        sources: [
          { key: 'a:1', targetFrameworks: ['a', 'b'] },
          { key: 'b:1', targetFrameworks: ['a', 'b'] },
        ],
        targetKeys: ['a:1', 'b:1'],
        unordered: true,
      }),
    );
    expect(result.extra.map((e) => `${e.source}|${e.target}`)).toEqual(['a:1|b:1']);
    expect(result.recall).toBeNull();
  });
});
