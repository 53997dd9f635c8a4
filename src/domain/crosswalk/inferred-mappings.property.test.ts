import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferMappings } from './inferred-mappings.js';
import { catalog, type MappingRow } from './catalog-fixture.test-support.js';
import { buildCrosswalkIndex } from './crosswalk-index.js';
import { composeRelationships, inverseRelationship, RELATIONSHIPS, type ComposedRelationship, type Relationship } from './relationship.js';
import type { Mapping } from './mapping.js';

const KEYS = ['f0:a', 'f0:b', 'f1:a', 'f1:b', 'f2:a', 'f2:b', 'platform-baseline:h', 'platform-baseline:k'];

const graphs = fc.record({
  edges: fc.uniqueArray(
    fc.record({
      source: fc.integer({ min: 0, max: KEYS.length - 1 }),
      target: fc.integer({ min: 0, max: KEYS.length - 1 }),
      relationship: fc.constantFrom(...RELATIONSHIPS),
      strength: fc.integer({ min: 1, max: 10 }),
    }),
    { maxLength: 14, selector: (e) => `${e.source}>${e.target}` },
  ),
  start: fc.integer({ min: 0, max: KEYS.length - 1 }),
  maxHops: fc.integer({ min: 1, max: 5 }),
});

/** composeRelationships folded left to right over the hops, as the glossary defines a path's relationship. */
function fold(relationships: Relationship[]): ComposedRelationship | 'no-relationship' {
  let composed: ComposedRelationship | 'no-relationship' = relationships[0]!;
  for (const r of relationships.slice(1)) composed = composeRelationships(composed, r);
  return composed;
}

/**
 * By brute force: every simple path from `start` of at most `maxHops` hops over both directions of every mapping
 * that is not no-relationship, whose fold is determined.
 */
function allDeterminedPaths(mappings: Mapping[], start: string, maxHops: number): Set<string> {
  const steps = mappings.flatMap((m) => {
    const s = `${m.sourceFrameworkId}:${m.sourceRequirementId}`;
    const t = `${m.targetFrameworkId}:${m.targetRequirementId}`;
    return s === t || m.relationship === 'no-relationship' ? [] : [
      { from: s, to: t, relationship: m.relationship, sig: `${m.id}>` },
      { from: t, to: s, relationship: inverseRelationship(m.relationship), sig: `${m.id}<` },
    ];
  });
  const found = new Set<string>();
  const walk = (at: string, visited: string[], rels: Relationship[], sigs: string[]) => {
    if (rels.length > 0 && fold(rels) !== 'undetermined') found.add(sigs.join('|'));
    if (rels.length === maxHops) return;
    for (const s of steps) {
      if (s.from !== at || visited.includes(s.to)) continue;
      walk(s.to, [...visited, s.to], [...rels, s.relationship], [...sigs, s.sig]);
    }
  };
  walk(start, [start], [], []);
  return found;
}

describe('inferMappings, for random small graphs', () => {
  it('returns exactly the determined simple paths, each with the fold of its hops as its relationship', () => {
    fc.assert(
      fc.property(graphs, ({ edges, start, maxHops }) => {
        const rows: MappingRow[] = edges
          .filter((e) => e.source !== e.target)
          .map((e) => [KEYS[e.source]!, e.relationship, KEYS[e.target]!, e.strength]);
        const data = catalog(rows, { requirements: KEYS });
        const byId = new Map(data.mappings.map((m) => [m.id, m]));
        const from = KEYS[start]!;
        const result = inferMappings(buildCrosswalkIndex(data), from, { maxHops, maxPaths: 1_000_000 })!;
        expect(result.truncated).toBe(false);

        const returned = new Set<string>();
        for (const [list, direct] of [[result.direct, true], [result.inferred, false]] as const) {
          for (const reached of list) {
            expect(reached.requirement).not.toBe(from);
            expect(reached.paths.length).toBeGreaterThan(0);
            expect([reached.relationship, reached.strength]).toEqual([reached.paths[0]!.relationship, reached.paths[0]!.strength]);
            for (const path of reached.paths) {
              expect(direct ? path.hops.length === 1 : path.hops.length >= 2).toBe(true);
              expect(path.hops.length).toBeLessThanOrEqual(maxHops);
              expect(path.relationship).not.toBe('undetermined');
              expect(path.relationship).toBe(fold(path.hops.map((h) => h.relationship)));
              expect(path.strength).toBe(Math.min(...path.hops.map((h) => h.strength)));
              expect([path.from, path.to]).toEqual([from, reached.requirement]);
              let at = from;
              for (const hop of path.hops) {
                expect(hop.from).toBe(at);
                at = hop.to;
                const m = byId.get(hop.mappingId)!;
                const source = `${m.sourceFrameworkId}:${m.sourceRequirementId}`;
                expect(hop.from).toBe(hop.inverse ? `${m.targetFrameworkId}:${m.targetRequirementId}` : source);
                expect(hop.relationship).toBe(hop.inverse ? inverseRelationship(m.relationship) : m.relationship);
                expect(hop.strength).toBe(m.strength);
              }
              returned.add(path.hops.map((h) => `${h.mappingId}${h.inverse ? '<' : '>'}`).join('|'));
            }
          }
        }
        expect([...returned].sort()).toEqual([...allDeterminedPaths(data.mappings, from, maxHops)].sort());
      }),
      { numRuns: 300 },
    );
  });
});
