import { describe, expect, it } from 'vitest';
import { explainPath, indexLookup, type PathLookup } from './explain-path.js';
import { inferMappings } from './inferred-mappings.js';
import { indexOf } from './catalog-fixture.test-support.js';
import type { CrosswalkPath, PathRelationship } from './path.js';

const B = 'platform-baseline';
const index = indexOf(
  [
    ['etsi-en-303-645:5.1-1', 'equivalent', `${B}:B-AUTH-1`, 9],
    ['uk-psti:Sch1-1(2)', 'subset-of', `${B}:B-AUTH-1`, 7],
  ],
  {
    shortNames: { 'etsi-en-303-645': 'ETSI EN 303 645', 'uk-psti': 'UK PSTI', [B]: 'Platform baseline' },
    titles: { 'etsi-en-303-645:5.1-1': 'Unique passwords', [`${B}:B-AUTH-1`]: 'No universal default passwords' },
  },
);
const lookup = indexLookup(index);

function onlyPath(from: string, to: string): CrosswalkPath {
  const result = inferMappings(index, from)!;
  return [...result.direct, ...result.inferred].find((r) => r.requirement === to)!.paths[0]!;
}

function oneHop(relationship: PathRelationship): CrosswalkPath {
  const hop = { from: 'a:1', to: 'b:2', relationship, strength: 4, mappingId: 'a:1->b:2', inverse: false };
  return { from: 'a:1', to: 'b:2', hops: [hop], relationship, strength: 4 };
}

describe('explainPath', () => {
  it('says a two-hop path in one sentence, one clause per hop', () => {
    const explained = explainPath(onlyPath('etsi-en-303-645:5.1-1', 'uk-psti:Sch1-1(2)'), lookup);
    expect(explained.sentence).toBe(
      'ETSI EN 303 645 5.1-1 is equivalent to Platform baseline B-AUTH-1, which includes (superset of) UK PSTI Sch1-1(2).',
    );
    expect(explained.conclusion).toBe('So ETSI EN 303 645 5.1-1 includes (superset of) UK PSTI Sch1-1(2).');
    expect([explained.relationship, explained.strength]).toEqual(['superset-of', 7]);
  });

  it('reads the path the other way from the other end', () => {
    const explained = explainPath(onlyPath('uk-psti:Sch1-1(2)', 'etsi-en-303-645:5.1-1'), lookup);
    expect(explained.sentence).toBe(
      'UK PSTI Sch1-1(2) is part of (subset of) Platform baseline B-AUTH-1, which is equivalent to ETSI EN 303 645 5.1-1.',
    );
  });

  it('gives the structured hops the UI renders', () => {
    const explained = explainPath(onlyPath('etsi-en-303-645:5.1-1', 'uk-psti:Sch1-1(2)'), lookup);
    expect(explained.hops.map((h) => [h.from.label, h.relationship, h.phrase, h.to.label, h.inverse])).toEqual([
      ['ETSI EN 303 645 5.1-1', 'equivalent', 'is equivalent to', 'Platform baseline B-AUTH-1', false],
      ['Platform baseline B-AUTH-1', 'superset-of', 'includes (superset of)', 'UK PSTI Sch1-1(2)', true],
    ]);
    expect(explained.hops[0]!.from).toEqual({
      key: 'etsi-en-303-645:5.1-1',
      frameworkId: 'etsi-en-303-645',
      frameworkName: 'ETSI EN 303 645',
      requirementId: '5.1-1',
      title: 'Unique passwords',
      label: 'ETSI EN 303 645 5.1-1',
    });
  });

  it.each([
    ['equivalent', 'a 1 is equivalent to b 2.'],
    ['subset-of', 'a 1 is part of (subset of) b 2.'],
    ['superset-of', 'a 1 includes (superset of) b 2.'],
    ['intersects-with', 'a 1 overlaps with b 2.'],
  ] as const)('words %s naturally', (relationship, sentence) => {
    const explained = explainPath(oneHop(relationship), indexLookup(indexOf([])));
    expect(explained.sentence).toBe(sentence);
    expect(explained.conclusion).toBeNull();
  });

  it('quotes titles when asked, and falls back to ids the lookup does not know', () => {
    const explained = explainPath(onlyPath('etsi-en-303-645:5.1-1', `${B}:B-AUTH-1`), lookup, { titles: true });
    expect(explained.sentence).toBe(
      'ETSI EN 303 645 5.1-1 ("Unique passwords") is equivalent to Platform baseline B-AUTH-1 ("No universal default passwords").',
    );
    const blank: PathLookup = { frameworkShortName: () => undefined, requirementTitle: () => undefined };
    expect(explainPath(oneHop('equivalent'), blank, { titles: true }).sentence).toBe('a 1 is equivalent to b 2.');
  });
});
