import { describe, expect, it } from 'vitest';
import { buildCrosswalkIndex } from './crosswalk-index.js';
import { catalog, indexOf, mapping, requirement } from './catalog-fixture.test-support.js';

describe('buildCrosswalkIndex', () => {
  it('gives every mapping its inverse edge from the target side, marked inverse', () => {
    const index = indexOf([['etsi:5.1-1', 'subset-of', 'platform-baseline:B-1', 7]]);
    const etsi = index.node('etsi:5.1-1')!;
    const hub = index.node('platform-baseline:B-1')!;
    expect(index.edges[etsi]).toHaveLength(1);
    expect(index.edges[etsi]![0]).toMatchObject({ from: etsi, to: hub, relationship: 'subset-of', strength: 7, inverse: false });
    expect(index.edges[hub]![0]).toMatchObject({ from: hub, to: etsi, relationship: 'superset-of', strength: 7, inverse: true });
    expect(index.edges[hub]![0]!.mapping).toBe(index.edges[etsi]![0]!.mapping);
  });

  it('packs the same edges, in the same order, into the adjacency arrays', () => {
    const index = indexOf([
      ['a:1', 'equivalent', 'b:1'],
      ['a:1', 'no-relationship', 'b:2'],
      ['b:2', 'intersects-with', 'a:1', 3],
    ]);
    const { offsets, target, strength, edge, hop } = index.adjacency;
    for (let n = 0; n < index.keys.length; n++) {
      const packed = [];
      for (let e = offsets[n]!; e < offsets[n + 1]!; e++) {
        expect(edge[e]!.to).toBe(target[e]);
        expect(edge[e]!.strength).toBe(strength[e]);
        expect(hop[e]).toBe(edge[e]!.hop);
        packed.push(edge[e]);
      }
      expect(packed).toEqual(index.edges[n]);
    }
    const a1 = index.node('a:1')!;
    expect(index.edges[a1]!.find((e) => e.relationship === 'no-relationship')!.hop).toBeNull();
  });

  it('leaves out mappings with an unknown end or to the same requirement, and says so', () => {
    const data = catalog([['a:1', 'equivalent', 'b:1']]);
    data.mappings.push(mapping('a:1', 'equivalent', 'zz:9'), mapping('zz:8', 'equivalent', 'a:1'), mapping('a:1', 'equivalent', 'a:1'));
    const index = buildCrosswalkIndex(data);
    expect(index.ignoredMappings.map((m) => m.reason)).toEqual(['unknown-target', 'unknown-source', 'self-mapping']);
    expect(index.edges[index.node('a:1')!]).toHaveLength(1);
  });

  it('keeps the first of two requirements with the same key', () => {
    const data = catalog([], { requirements: ['a:1'] });
    data.requirements.push(requirement('a:1', { title: 'second' }));
    const index = buildCrosswalkIndex(data);
    expect(index.keys).toEqual(['a:1']);
    expect(index.requirement('a:1')!.title).toBe('Title of 1');
  });

  it('answers lookups and lists a framework\'s requirements in data order', () => {
    const index = indexOf([['a:2', 'equivalent', 'b:1']], { requirements: ['a:1'] });
    expect(index.frameworkNodes('a').map((n) => index.keys[n])).toEqual(['a:1', 'a:2']);
    expect(index.frameworkNodes('nope')).toEqual([]);
    expect(index.framework('b')!.id).toBe('b');
    expect(index.framework('nope')).toBeUndefined();
    expect(index.requirement('nope:1')).toBeUndefined();
    expect(index.node('nope:1')).toBeUndefined();
    expect(index.baselineId).toBe('platform-baseline');
    expect(buildCrosswalkIndex(catalog([]), { baselineId: 'hub' }).baselineId).toBe('hub');
  });

  it('cannot be changed by its users', () => {
    const index = indexOf([['a:1', 'equivalent', 'b:1']]);
    expect(Object.isFrozen(index)).toBe(true);
    expect(Object.isFrozen(index.keys)).toBe(true);
    expect(Object.isFrozen(index.edges)).toBe(true);
    expect(Object.isFrozen(index.edges[0])).toBe(true);
    expect(Object.isFrozen(index.edges[0]![0])).toBe(true);
    expect(Object.isFrozen(index.edges[0]![0]!.hop)).toBe(true);
    expect(() => (index.keys as string[]).push('x:1')).toThrow(TypeError);
    expect(() => ((index as { baselineId: string }).baselineId = 'other')).toThrow(TypeError);
  });

  it('keeps each requirement\'s edges in mapping data order', () => {
    const rows: Parameters<typeof indexOf>[0] = [
      ['a:1', 'equivalent', 'b:1'],
      ['c:1', 'subset-of', 'b:1'],
    ];
    const index = indexOf(rows);
    expect(index.edges[index.node('b:1')!]!.map((e) => index.keys[e.to])).toEqual(['a:1', 'c:1']);
  });
});
