import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from '../crosswalk/relationship.js';
import { mappingsToOscalMappingCollection } from './mapping-export.js';
import { IMPORTED_STRENGTH, oscalMappingCollectionToMappings } from './mapping-import.js';
import type { OscalMappingCollectionDocument } from './oscal-model.js';
import { relationshipFromOscal, relationshipToOscal } from './oscal-relationship.js';
import { everyRelationshipMappings } from './oscal-test-data.js';

const options = { title: 'iotspp crosswalk', version: '1.0.0', lastModified: '2026-11-23' };

function importOk(doc: OscalMappingCollectionDocument, extra = {}) {
  const result = oscalMappingCollectionToMappings(doc, extra);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** The export groups by framework pair, sorted; compare against the input in that order. */
const inExportOrder = [...everyRelationshipMappings].sort((a, b) =>
  `${a.sourceFrameworkId} ${a.targetFrameworkId}`.localeCompare(`${b.sourceFrameworkId} ${b.targetFrameworkId}`),
);

describe('relationships', () => {
  it('map 1:1 to OSCAL names and back', () => {
    for (const r of RELATIONSHIPS) expect(relationshipFromOscal(relationshipToOscal(r), undefined)).toBe(r);
    expect(relationshipToOscal('equivalent')).toBe('equivalent-to');
    expect(relationshipFromOscal('equal-to', undefined)).toBe('equivalent');
    expect(relationshipFromOscal('equivalent-to', 'https://example.org/ns')).toBeNull();
    expect(relationshipFromOscal('toString', undefined)).toBeNull();
  });
});

describe('mappings -> OSCAL mapping collection', () => {
  const doc = mappingsToOscalMappingCollection(everyRelationshipMappings, options);
  const collection = doc['mapping-collection'];

  it('has one OSCAL mapping per framework pair, naming frameworks by URN', () => {
    const mappings = collection.mappings as Exclude<typeof collection.mappings, { uuid: string }>;
    expect(mappings.map((m) => [m['source-resource'].href, m['target-resource'].href])).toEqual([
      ['urn:iotspp:framework:etsi-en-303-645', 'urn:iotspp:framework:platform-baseline'],
      ['urn:iotspp:framework:uk-psti', 'urn:iotspp:framework:platform-baseline'],
    ]);
    expect(mappings[0]!.maps[0]!.sources).toEqual([{ type: 'control', 'id-ref': 'req-5.1-1' }]);
  });

  it('refuses an empty list and repeated ids', () => {
    expect(() => mappingsToOscalMappingCollection([], options)).toThrow(RangeError);
    const one = everyRelationshipMappings[0]!;
    expect(() => mappingsToOscalMappingCollection([one, one], options)).toThrow(RangeError);
  });
});

describe('export -> import -> export', () => {
  it('recovers every mapping exactly, every relationship included', () => {
    const back = importOk(mappingsToOscalMappingCollection(everyRelationshipMappings, options));
    expect(back).toEqual(inExportOrder);
    expect(new Set(back.map((m) => m.relationship))).toEqual(new Set(RELATIONSHIPS));
  });

  it('gives the same document and the same JSON text', () => {
    const first = mappingsToOscalMappingCollection(everyRelationshipMappings, options);
    const back = importOk(JSON.parse(JSON.stringify(first)) as OscalMappingCollectionDocument);
    const second = mappingsToOscalMappingCollection(back, options);
    expect(second).toEqual(first);
    expect(JSON.stringify(second, null, 2)).toBe(JSON.stringify(first, null, 2));
  });

  it('lets the caller set the origin of what it imports', () => {
    const back = importOk(mappingsToOscalMappingCollection(everyRelationshipMappings, options), { origin: 'imported' });
    expect(back.every((m) => m.origin === 'imported')).toBe(true);
  });
});

describe('foreign mapping collections', () => {
  const foreign: OscalMappingCollectionDocument = {
    'mapping-collection': {
      uuid: '5f0c7a3e-2b1d-4c6e-9a8f-1d2e3f4a5b6c',
      metadata: { title: 'Their crosswalk', 'last-modified': '2026-01-01T00:00:00Z', version: '0.1', 'oscal-version': '1.2.1' },
      provenance: { method: 'human', 'matching-rationale': 'semantic', status: 'draft', 'mapping-description': 'Their words.' },
      mappings: {
        uuid: '0b7d9e1a-3c4f-4a5b-8c6d-7e8f9a0b1c2d',
        'source-resource': { type: 'catalog', href: '#etsi-en-303-645' },
        'target-resource': { type: 'catalog', href: 'https://example.org/nistir-8259a.json' },
        maps: [
          {
            uuid: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
            relationship: 'equal-to',
            sources: [{ type: 'control', 'id-ref': 'provision-5.1-1' }, { type: 'control', 'id-ref': 'provision-5.1-2' }],
            targets: [{ type: 'control', 'id-ref': 'device-identification' }],
          },
        ],
      },
    },
  };

  it('fans a map out per source-target pair with defaults, given a name for the foreign href', () => {
    const back = importOk(foreign, { frameworkIdForHref: (href: string) => (href.includes('8259a') ? 'nistir-8259a' : null) });
    expect(back).toEqual([
      {
        id: 'etsi-en-303-645:provision-5.1-1->nistir-8259a:device-identification',
        sourceFrameworkId: 'etsi-en-303-645',
        sourceRequirementId: 'provision-5.1-1',
        targetFrameworkId: 'nistir-8259a',
        targetRequirementId: 'device-identification',
        relationship: 'equivalent',
        strength: IMPORTED_STRENGTH,
        rationale: 'Their words.',
        provenance: { source: 'Their crosswalk', url: null, date: '2026-01-01' },
        origin: 'imported',
      },
      expect.objectContaining({ id: 'etsi-en-303-645:provision-5.1-2->nistir-8259a:device-identification' }),
    ]);
  });

  it('reports an href naming no framework and an unknown relationship with JSON pointers', () => {
    const doc = structuredClone(foreign);
    const mapping = doc['mapping-collection'].mappings as { maps: { relationship: string }[] };
    mapping.maps[0]!.relationship = 'kind-of-like';
    const result = oscalMappingCollectionToMappings(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.pointer)).toEqual(['/mapping-collection/mappings/target-resource/href']);
    const named = oscalMappingCollectionToMappings(doc, { frameworkIdForHref: () => 'nistir-8259a' });
    expect(named.ok).toBe(false);
    if (!named.ok) expect(named.problems.map((p) => p.pointer)).toEqual(['/mapping-collection/mappings/maps/0/relationship']);
  });
});
