import { describe, expect, it } from 'vitest';
import { gaps } from './gaps.js';
import { indexOf } from './catalog-fixture.test-support.js';

const B = 'platform-baseline';
// What a asks, against what b asks, mostly through the hub.
const index = indexOf([
  ['a:1', 'equivalent', `${B}:B1`, 9],
  ['b:1', 'equivalent', `${B}:B1`, 8], // a:1 = b:1: covered
  ['a:2', 'subset-of', `${B}:B2`, 7],
  ['b:2', 'equivalent', `${B}:B2`, 6], // a:2 inside b:2: covered
  ['a:3', 'equivalent', `${B}:B3`, 9],
  ['b:3', 'subset-of', `${B}:B3`, 9], // b:3 asks only part of a:3: partial
  ['a:4', 'intersects-with', `${B}:B4`, 5],
  ['b:4', 'equivalent', `${B}:B4`, 5], // overlap: partial
  ['a:5', 'equivalent', `${B}:B5`, 9], // nothing in b: missing
  ['a:6', 'subset-of', `${B}:B6`, 9],
  ['b:6', 'subset-of', `${B}:B6`, 9], // both inside B6: undetermined, so missing
  ['a:7', 'equivalent', `${B}:B7`, 9],
  ['b:7', 'equivalent', `${B}:B7`, 9],
  ['a:7', 'intersects-with', 'b:7', 4], // stated directly: outranks the inferred equivalence
  ['a:8', 'equivalent', `${B}:B1`, 9],
  ['a:8', 'no-relationship', 'b:1', 6], // stated unrelated: silences the inferred equivalence
  ['a:9', 'equivalent', `${B}:B9`, 9],
  ['b:9', 'equivalent', `${B}:B9`, 3],
  ['b:10', 'superset-of', `${B}:B9`, 8], // a:9 = b:9 (weak) and a:9 inside b:10 (stronger): two counterparts
]);

describe('gaps', () => {
  const report = gaps(index, 'a', 'b')!;
  const entry = (id: string) => report.requirements.find((r) => r.requirementId === id)!;

  it('gives every requirement of A its status against B', () => {
    expect(report.requirements.map((r) => [r.requirementId, r.status])).toEqual([
      ['1', 'covered'],
      ['2', 'covered'],
      ['3', 'partial'],
      ['4', 'partial'],
      ['5', 'missing'],
      ['6', 'missing'],
      ['7', 'partial'],
      ['8', 'missing'],
      ['9', 'covered'],
    ]);
  });

  it('counts the gaps: partial and missing', () => {
    expect(report.summary).toEqual({ total: 9, covered: 3, partial: 3, missing: 3, gaps: 6 });
    expect([report.from, report.against, report.maxHops, report.truncated]).toEqual(['a', 'b', 3, false]);
  });

  it('names the counterparts with the relationship read from A and the paths behind it', () => {
    const [c] = entry('2').counterparts;
    expect(c).toMatchObject({ requirement: 'b:2', requirementId: '2', relationship: 'subset-of', strength: 6, stated: false });
    expect(c!.paths[0]!.hops.map((h) => h.to)).toEqual([`${B}:B2`, 'b:2']);
    expect(entry('3').counterparts.map((x) => [x.requirement, x.relationship])).toEqual([['b:3', 'superset-of']]);
    expect(entry('4').counterparts.map((x) => [x.requirement, x.relationship])).toEqual([['b:4', 'intersects-with']]);
    expect(entry('5').counterparts).toEqual([]);
  });

  it('lets a stated mapping outrank inference for the same pair', () => {
    const [c] = entry('7').counterparts;
    expect([c!.requirement, c!.relationship, c!.stated, c!.paths.length]).toEqual(['b:7', 'intersects-with', true, 1]);
  });

  it('ranks several covering counterparts best first', () => {
    expect(entry('9').counterparts.map((x) => [x.requirement, x.relationship, x.strength])).toEqual([
      ['b:10', 'subset-of', 8],
      ['b:9', 'equivalent', 3],
    ]);
  });

  it('lists only covering counterparts for a covered requirement', () => {
    const mixed = indexOf([
      ['a:1', 'equivalent', `${B}:B1`, 9],
      ['b:1', 'equivalent', `${B}:B1`, 2],
      ['b:2', 'intersects-with', `${B}:B1`, 9],
    ]);
    const [only] = gaps(mixed, 'a', 'b')!.requirements;
    expect(only!.status).toBe('covered');
    expect(only!.counterparts.map((c) => c.requirement)).toEqual(['b:1']);
  });

  it('reads the other way round for the side-by-side comparison', () => {
    const back = gaps(index, 'b', 'a')!;
    const status = Object.fromEntries(back.requirements.map((r) => [r.requirementId, r.status]));
    expect(status['2']).toBe('partial'); // b:2 includes a:2: a covers only part of it
    expect(status['3']).toBe('covered'); // b:3 inside a:3
  });

  it('is null for an unknown framework', () => {
    expect(gaps(index, 'a', 'nope')).toBeNull();
    expect(gaps(index, 'nope', 'b')).toBeNull();
  });
});
