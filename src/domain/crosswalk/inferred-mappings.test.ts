import { describe, expect, it } from 'vitest';
import { inferMappings, type CrosswalkResult } from './inferred-mappings.js';
import { indexOf, type MappingRow } from './catalog-fixture.test-support.js';
import { MAX_HOPS_CAP } from './path-search.js';

const B = 'platform-baseline';

function reachedKeys(result: CrosswalkResult | null, which: 'direct' | 'inferred'): string[] {
  return result![which].map((r) => r.requirement).sort();
}

function chain(length: number): MappingRow[] {
  const rows: MappingRow[] = [];
  for (let i = 0; i < length; i++) rows.push([`f${i}:r`, 'equivalent', `f${i + 1}:r`]);
  return rows;
}

describe('inferMappings through the baseline hub', () => {
  const index = indexOf([
    ['etsi:5.1-1', 'equivalent', `${B}:B-AUTH-1`, 9],
    ['psti:1', 'subset-of', `${B}:B-AUTH-1`, 7],
  ]);

  it('composes the relationship along the path, reading the inverse edge from the hub', () => {
    const result = inferMappings(index, 'etsi:5.1-1')!;
    expect(result.direct.map((r) => [r.requirement, r.relationship])).toEqual([[`${B}:B-AUTH-1`, 'equivalent']]);
    expect(result.inferred).toHaveLength(1);
    const psti = result.inferred[0]!;
    // etsi equivalent B-AUTH-1, B-AUTH-1 superset-of psti (psti stated subset-of): etsi superset-of psti
    expect(psti).toMatchObject({ requirement: 'psti:1', frameworkId: 'psti', requirementId: '1', relationship: 'superset-of', strength: 7, hops: 2, alsoDirect: false });
    expect(psti.paths).toEqual([
      {
        from: 'etsi:5.1-1',
        to: 'psti:1',
        relationship: 'superset-of',
        strength: 7,
        hops: [
          { from: 'etsi:5.1-1', to: `${B}:B-AUTH-1`, relationship: 'equivalent', strength: 9, mappingId: `etsi:5.1-1->${B}:B-AUTH-1`, inverse: false },
          { from: `${B}:B-AUTH-1`, to: 'psti:1', relationship: 'superset-of', strength: 7, mappingId: `psti:1->${B}:B-AUTH-1`, inverse: true },
        ],
      },
    ]);
  });

  it('gives the inverse answer from the other end', () => {
    const psti = inferMappings(index, 'psti:1')!.inferred[0]!;
    expect([psti.requirement, psti.relationship]).toEqual(['etsi:5.1-1', 'subset-of']);
  });

  it('never includes the start requirement, and is null for an unknown one', () => {
    expect(reachedKeys(inferMappings(index, 'etsi:5.1-1', { maxHops: 5 }), 'inferred')).not.toContain('etsi:5.1-1');
    expect(inferMappings(index, 'nope:1')).toBeNull();
  });

  it('restricts results to one framework while walking through others', () => {
    const result = inferMappings(index, 'etsi:5.1-1', { to: 'psti' })!;
    expect(result.direct).toEqual([]);
    expect(reachedKeys(result, 'inferred')).toEqual(['psti:1']);
    expect(inferMappings(index, 'etsi:5.1-1', { to: 'unknown-framework' })!.inferred).toEqual([]);
  });
});

describe('inferMappings: several paths', () => {
  // x reaches y through two hubs (strength 8 and 3) and through a three-hop detour of strength 8.
  const index = indexOf([
    ['x:1', 'equivalent', `${B}:H1`, 9],
    [`${B}:H1`, 'equivalent', 'y:1', 8],
    ['x:1', 'equivalent', `${B}:H2`, 3],
    [`${B}:H2`, 'equivalent', 'y:1', 9],
    ['x:1', 'equivalent', 'z:1', 8],
    ['z:1', 'equivalent', `${B}:H3`, 8],
    [`${B}:H3`, 'subset-of', 'y:1', 8],
  ]);

  it('keeps every path, strongest first, then fewer hops, then in key order', () => {
    const y = inferMappings(index, 'x:1')!.inferred.find((r) => r.requirement === 'y:1')!;
    expect(y.paths.map((p) => [p.strength, p.hops.map((h) => h.to).join(' > ')])).toEqual([
      [8, `${B}:H1 > y:1`],
      [8, `z:1 > ${B}:H3 > y:1`],
      [3, `${B}:H2 > y:1`],
    ]);
    // The requirement's answer is its best path's.
    expect([y.relationship, y.strength, y.hops]).toEqual(['equivalent', 8, 2]);
  });

  it('breaks a tie of strength and length by the keys along the path', () => {
    const tie = indexOf([
      ['x:1', 'equivalent', `${B}:H2`],
      [`${B}:H2`, 'equivalent', 'y:1'],
      ['x:1', 'equivalent', `${B}:H1`],
      [`${B}:H1`, 'equivalent', 'y:1'],
    ]);
    const y = inferMappings(tie, 'x:1')!.inferred.find((r) => r.requirement === 'y:1')!;
    expect(y.paths.map((p) => p.hops[0]!.to)).toEqual([`${B}:H1`, `${B}:H2`]);
  });

  it('keeps direct and inferred apart, and marks an inferred requirement that is also direct', () => {
    const withDirect = indexOf([
      ['x:1', 'equivalent', `${B}:H1`],
      [`${B}:H1`, 'equivalent', 'y:1'],
      ['x:1', 'intersects-with', 'y:1', 2],
    ]);
    const result = inferMappings(withDirect, 'x:1')!;
    const direct = result.direct.find((r) => r.requirement === 'y:1')!;
    const inferred = result.inferred.find((r) => r.requirement === 'y:1')!;
    expect(direct.paths.every((p) => p.hops.length === 1)).toBe(true);
    expect([direct.relationship, direct.strength]).toEqual(['intersects-with', 2]);
    expect(inferred.paths.every((p) => p.hops.length >= 2)).toBe(true);
    expect([inferred.relationship, inferred.alsoDirect]).toEqual(['equivalent', true]);
  });

  it('orders reached requirements by their best path', () => {
    const result = inferMappings(index, 'x:1')!;
    expect(result.direct.map((r) => r.requirement)).toEqual([`${B}:H1`, 'z:1', `${B}:H2`]);
  });
});

describe('inferMappings: what is never shown', () => {
  it('drops undetermined paths, and does not extend them', () => {
    // x subset-of H and y subset-of H: x and y may not meet. Beyond y, z stays out of reach through y.
    const index = indexOf([
      ['x:1', 'subset-of', `${B}:H`],
      ['y:1', 'subset-of', `${B}:H`],
      ['y:1', 'equivalent', 'z:1'],
    ]);
    const result = inferMappings(index, 'x:1', { maxHops: 5 })!;
    expect(reachedKeys(result, 'direct')).toEqual([`${B}:H`]);
    expect(result.inferred).toEqual([]);
    expect(result.exploredPaths).toBe(1); // x > H only: x > H > y was pruned, so y > z was never tried
  });

  it('does not walk no-relationship mappings', () => {
    const index = indexOf([
      ['x:1', 'no-relationship', `${B}:H`],
      [`${B}:H`, 'equivalent', 'y:1'],
    ]);
    const result = inferMappings(index, 'x:1')!;
    expect(result.direct).toEqual([]);
    expect(result.inferred).toEqual([]);
  });

  it('returns only the relationships a path can carry', () => {
    const index = indexOf([
      ['a:1', 'superset-of', `${B}:H`],
      ['b:1', 'intersects-with', `${B}:H`],
      ['c:1', 'superset-of', `${B}:H`],
      ['d:1', 'equivalent', `${B}:H`],
    ]);
    for (const key of ['a:1', 'b:1', 'c:1', 'd:1']) {
      const result = inferMappings(index, key)!;
      for (const r of [...result.direct, ...result.inferred]) {
        expect(['equivalent', 'subset-of', 'superset-of', 'intersects-with']).toContain(r.relationship);
        for (const p of r.paths) expect(p.relationship).not.toBe('undetermined');
      }
    }
  });
});

describe('inferMappings: limits', () => {
  const index = indexOf(chain(8)); // f0:r = f1:r = ... = f8:r

  it('stops at three hops by default', () => {
    const result = inferMappings(index, 'f0:r')!;
    expect(result.maxHops).toBe(3);
    expect(reachedKeys(result, 'direct')).toEqual(['f1:r']);
    expect(reachedKeys(result, 'inferred')).toEqual(['f2:r', 'f3:r']);
  });

  it('respects maxHops and clamps it to 1..5', () => {
    expect(reachedKeys(inferMappings(index, 'f0:r', { maxHops: 2 }), 'inferred')).toEqual(['f2:r']);
    expect(reachedKeys(inferMappings(index, 'f0:r', { maxHops: 5 }), 'inferred')).toEqual(['f2:r', 'f3:r', 'f4:r', 'f5:r']);
    const capped = inferMappings(index, 'f0:r', { maxHops: 9 })!;
    expect(capped.maxHops).toBe(MAX_HOPS_CAP);
    expect(reachedKeys(capped, 'inferred')).toEqual(['f2:r', 'f3:r', 'f4:r', 'f5:r']);
    const one = inferMappings(index, 'f0:r', { maxHops: 0 })!;
    expect([one.maxHops, one.inferred.length, one.direct.length]).toEqual([1, 0, 1]);
  });

  it('does not loop on cycles: every path is simple', () => {
    const cycle = indexOf([
      ['a:1', 'equivalent', 'b:1'],
      ['b:1', 'equivalent', 'c:1'],
      ['c:1', 'equivalent', 'a:1'],
      ['c:1', 'equivalent', 'd:1'],
    ]);
    const result = inferMappings(cycle, 'a:1', { maxHops: 5 })!;
    expect(reachedKeys(result, 'direct')).toEqual(['b:1', 'c:1']);
    expect(reachedKeys(result, 'inferred')).toEqual(['b:1', 'c:1', 'd:1']);
    for (const r of [...result.direct, ...result.inferred]) {
      for (const p of r.paths) {
        const nodes = [p.from, ...p.hops.map((h) => h.to)];
        expect(new Set(nodes).size).toBe(nodes.length);
      }
    }
    // a-b-c-d and a-c-d: the only two simple paths to d.
    expect(result.inferred.find((r) => r.requirement === 'd:1')!.paths).toHaveLength(2);
  });

  it('stops at maxPaths and says the result is truncated', () => {
    const star: MappingRow[] = [];
    for (let i = 0; i < 10; i++) star.push([`s${i}:r`, 'equivalent', `${B}:H`]);
    const hub = indexOf(star);
    const cut = inferMappings(hub, `${B}:H`, { maxPaths: 4 })!;
    expect([cut.truncated, cut.exploredPaths, cut.direct.length]).toEqual([true, 4, 4]);
    const whole = inferMappings(hub, `${B}:H`)!;
    expect([whole.truncated, whole.direct.length, whole.inferred.length]).toEqual([false, 10, 0]);
    // Breadth-first: a budget that covers the first hop keeps every direct result and cuts only longer paths.
    const leaf = inferMappings(hub, 's0:r', { maxPaths: 5 })!;
    expect([leaf.truncated, leaf.direct.length, leaf.inferred.length]).toEqual([true, 1, 4]);
  });
});
