import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../catalogs/bundle-paths.js';
import { frameworkToOscalCatalog } from '../domain/oscal/catalog-export.js';
import { mappingsToOscalMappingCollection } from '../domain/oscal/mapping-export.js';
import { everyRelationshipMappings, fullFramework, fullRequirements } from '../domain/oscal/oscal-test-data.js';
import { detectOscalDocument, validateOscalCatalog, validateOscalMappingCollection } from './oscal.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(REPO_ROOT, 'test/fixtures/oscal', name), 'utf8'));

describe('official OSCAL 1.2.1 schemas', () => {
  it('accept our catalog export of a framework with every optional field set', () => {
    const doc = frameworkToOscalCatalog(fullFramework, fullRequirements, { lastModified: '2026-11-23' });
    expect(validateOscalCatalog(doc)).toEqual({ ok: true });
  });

  it('accept our mapping collection export with every relationship', () => {
    const doc = mappingsToOscalMappingCollection(everyRelationshipMappings, { title: 'Crosswalk', version: '1', lastModified: '2026-11-23' });
    expect(validateOscalMappingCollection(doc)).toEqual({ ok: true });
  });

  it('accept the real NIST catalog and the minimal mapping collection fixture', () => {
    expect(validateOscalCatalog(fixture('basic-catalog.json'))).toEqual({ ok: true });
    expect(validateOscalMappingCollection(fixture('selfmade-minimal-mapping-collection.json'))).toEqual({ ok: true });
  });

  it('reject a catalog without metadata, pointing at it', () => {
    const doc = fixture('basic-catalog.json') as { catalog: Record<string, unknown> };
    delete doc.catalog.metadata;
    expect(validateOscalCatalog(doc)).toEqual({ ok: false, errors: [{ pointer: '/catalog', message: 'missing property "metadata"' }] });
  });

  it('reject a control with a bad id, pointing at the id and not at anyOf noise', () => {
    const doc = frameworkToOscalCatalog(fullFramework, fullRequirements, { lastModified: '2026-11-23' });
    doc.catalog.groups![0]!.controls![1]!.id = '5.1-2';
    const result = validateOscalCatalog(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.pointer)).toEqual(['/catalog/groups/0/controls/1/id']);
  });

  it('reject a mapping collection without provenance', () => {
    const doc = fixture('selfmade-minimal-mapping-collection.json') as { 'mapping-collection': Record<string, unknown> };
    delete doc['mapping-collection'].provenance;
    expect(validateOscalMappingCollection(doc)).toEqual({
      ok: false,
      errors: [{ pointer: '/mapping-collection', message: 'missing property "provenance"' }],
    });
  });
});

describe('detectOscalDocument', () => {
  it('tells catalogs from mapping collections from everything else', () => {
    expect(detectOscalDocument(fixture('basic-catalog.json'))).toBe('catalog');
    expect(detectOscalDocument(fixture('selfmade-minimal-mapping-collection.json'))).toBe('mapping-collection');
    expect(detectOscalDocument({ $schema: 'x', catalog: {} })).toBe('catalog');
    expect(detectOscalDocument(fixture('example-component-definition.json'))).toBe('unknown');
    for (const other of [null, 42, 'catalog', [], {}, { catalog: {}, extra: 1 }, { format: 'iotspp-catalog/1' }]) {
      expect(detectOscalDocument(other)).toBe('unknown');
    }
  });
});
