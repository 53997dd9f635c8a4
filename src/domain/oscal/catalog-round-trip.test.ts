import { describe, expect, it } from 'vitest';
import { frameworkToOscalCatalog } from './catalog-export.js';
import { oscalCatalogToFramework } from './catalog-import.js';
import { controlIdFor, requirementIdFromControlId } from './control-id.js';
import { IOTSPP_OSCAL_NS, type OscalCatalogDocument } from './oscal-model.js';
import { fullFramework, fullRequirements } from './oscal-test-data.js';

const options = { lastModified: '2026-11-23' };

function importOk(doc: OscalCatalogDocument) {
  const result = oscalCatalogToFramework(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('control ids', () => {
  it('are OSCAL tokens that give the requirement id back', () => {
    for (const id of ['5.1-1', 'Sch1-1', 'AI.P1.2.a', 'Annex I, Part I, point (1)', 'a_b', '_5f_', '🔒', '']) {
      const controlId = controlIdFor(id);
      expect(controlId).toMatch(/^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u);
      expect(requirementIdFromControlId(controlId)).toBe(id);
    }
    expect(controlIdFor('a b')).not.toBe(controlIdFor('a_b'));
  });

  it('are not decoded when they were not made by us', () => {
    expect(requirementIdFromControlId('ac-1')).toBeNull();
    expect(requirementIdFromControlId('req-_41_')).toBeNull();
  });
});

describe('framework -> OSCAL catalog', () => {
  const doc = frameworkToOscalCatalog(fullFramework, [...fullRequirements].reverse(), options);

  it('groups controls by requirement group in position order, keeping the official id as label', () => {
    const groups = doc.catalog.groups!;
    expect(groups.map((g) => g.title)).toEqual(['5.1 No universal default passwords', 'Annex B: implementation conformance', '6 Keep software updated']);
    expect(groups[0]!.controls!.map((c) => c.id)).toEqual(['req-5.1-1', 'req-5.1-2', 'req-5.1_5f_3']);
    const first = groups[0]!.controls![0]!;
    expect(first.props![0]).toEqual({ name: 'label', value: '5.1-1' });
    expect(first.parts![0]!.name).toBe('overview');
    expect(first.props!.filter((p) => p.name !== 'label').every((p) => p.ns === IOTSPP_OSCAL_NS)).toBe(true);
  });

  it('takes last-modified from the options and published from a full publication date', () => {
    expect(doc.catalog.metadata['last-modified']).toBe('2026-11-23T00:00:00Z');
    expect(doc.catalog.metadata.published).toBe('2024-09-16T00:00:00Z');
    const partial = frameworkToOscalCatalog({ ...fullFramework, publicationDate: '2019-06' }, [], options);
    expect(partial.catalog.metadata.published).toBeUndefined();
  });

  it('refuses requirements of another framework and repeated ids', () => {
    expect(() => frameworkToOscalCatalog(fullFramework, [{ ...fullRequirements[0]!, frameworkId: 'uk-psti' }], options)).toThrow(RangeError);
    expect(() => frameworkToOscalCatalog(fullFramework, [fullRequirements[0]!, fullRequirements[0]!], options)).toThrow(RangeError);
  });
});

describe('export -> import -> export', () => {
  it('recovers every field of a framework with every optional field set', () => {
    const doc = frameworkToOscalCatalog(fullFramework, fullRequirements, options);
    const back = importOk(doc);
    expect(back.framework).toEqual(fullFramework);
    expect(back.requirements).toEqual(fullRequirements);
  });

  it('gives the same document and the same JSON text', () => {
    const first = frameworkToOscalCatalog(fullFramework, fullRequirements, options);
    const back = importOk(JSON.parse(JSON.stringify(first)) as OscalCatalogDocument);
    const second = frameworkToOscalCatalog(back.framework, back.requirements, options);
    expect(second).toEqual(first);
    expect(JSON.stringify(second, null, 2)).toBe(JSON.stringify(first, null, 2));
  });

  it('recovers null and empty optional fields too', () => {
    const bare = {
      ...fullFramework,
      publicationDate: null,
      development: { stage: 'in-development' as const, multistakeholder: null, note: null },
      licence: { name: 'Unknown', url: null, note: null },
      conditions: [],
      notes: [],
      jurisdictions: [],
      layers: [],
    };
    const back = importOk(frameworkToOscalCatalog(bare, [], options));
    expect(back.framework).toEqual(bare);
    expect(back.requirements).toEqual([]);
  });
});

describe('OSCAL catalog -> framework: problems', () => {
  it('reports values outside our enumerations with JSON pointers', () => {
    const doc = frameworkToOscalCatalog(fullFramework, fullRequirements, options);
    const control = doc.catalog.groups![0]!.controls![0]!;
    const levelIndex = control.props!.findIndex((p) => p.name === 'level');
    control.props![levelIndex]!.value = 'sometimes';
    const result = oscalCatalogToFramework(doc);
    expect(result).toEqual({
      ok: false,
      problems: [{ pointer: `/catalog/groups/0/controls/0/props/${levelIndex}/value`, message: expect.stringContaining('level') }],
    });
  });

  it('reports a requirement id used twice', () => {
    const doc: OscalCatalogDocument = {
      catalog: {
        uuid: '74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724',
        metadata: { title: 'T', 'last-modified': '2024-02-01T00:00:00Z', version: '1', 'oscal-version': '1.2.1' },
        controls: [{ id: 'a-1', title: 'One', controls: [{ id: 'a-1', title: 'Again' }] }],
      },
    };
    const result = oscalCatalogToFramework(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.pointer).toBe('/catalog/controls/0/controls/0/id');
  });
});
