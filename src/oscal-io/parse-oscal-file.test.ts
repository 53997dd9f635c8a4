import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../catalogs/bundle-paths.js';
import { frameworkToOscalCatalog } from '../domain/oscal/catalog-export.js';
import { mappingsToOscalMappingCollection } from '../domain/oscal/mapping-export.js';
import type { OscalControl, OscalGroup } from '../domain/oscal/oscal-model.js';
import { everyRelationshipMappings, fullFramework, fullRequirements } from '../domain/oscal/oscal-test-data.js';
import { parseOscalFile, type ParsedOscalFile } from './parse-oscal-file.js';

const fixtureText = (name: string) => readFileSync(resolve(REPO_ROOT, 'test/fixtures/oscal', name), 'utf8');
const asText = (doc: unknown) => JSON.stringify(doc, null, 2);

function expectKind<K extends ParsedOscalFile['kind']>(parsed: ParsedOscalFile, kind: K): Extract<ParsedOscalFile, { kind: K }> {
  if (parsed.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(parsed)}`);
  return parsed as Extract<ParsedOscalFile, { kind: K }>;
}

/** Every control of the catalog, depth first, with its parent control's id: counted from the file itself. */
function controlsOf(catalog: { controls?: OscalControl[]; groups?: OscalGroup[] }) {
  const out: { id: string; title: string; parentId: string | null }[] = [];
  const controls = (list: OscalControl[] | undefined, parentId: string | null) => {
    for (const c of list ?? []) {
      out.push({ id: c.id, title: c.title, parentId });
      controls(c.controls, c.id);
    }
  };
  const groups = (list: OscalGroup[] | undefined) => {
    for (const g of list ?? []) {
      controls(g.controls, null);
      groups(g.groups);
    }
  };
  controls(catalog.controls, null);
  groups(catalog.groups);
  return out;
}

describe('parseOscalFile: catalogs', () => {
  it('imports the real NIST basic catalog with its control ids, titles and nesting intact', () => {
    const text = fixtureText('basic-catalog.json');
    const expected = controlsOf(JSON.parse(text).catalog);
    expect(expected.length).toBeGreaterThan(0);

    const parsed = expectKind(parseOscalFile(text), 'catalog');
    expect(parsed.requirements.map((r) => ({ id: r.id, title: r.title, parentId: r.parentId }))).toEqual(expected);
    expect(parsed.framework.title).toBe('Sample Security Catalog *for Demonstration* and Testing');
    expect(parsed.framework.version).toBe('1.1');
    expect(parsed.framework.publicationDate).toBe('2023-10-12');
    expect(parsed.framework.notes[0]).toMatch(/need curation/);
    const first = parsed.requirements[0]!;
    expect(first).toMatchObject({ level: 'informative', group: 'Internal Organization', officialRef: '1.1.1' });
    expect(first.summary).toMatch(/^All information security responsibilities should be defined and allocated\./);
    expect(first.summary).not.toContain('{{');
    expect(parsed.requirements.every((r) => r.frameworkId === parsed.framework.id && r.summary !== '')).toBe(true);
  });

  it('uses the framework id the caller gives a foreign catalog', () => {
    const parsed = expectKind(parseOscalFile(fixtureText('basic-catalog.json'), { frameworkId: 'iso-27002-sample' }), 'catalog');
    expect(parsed.framework.id).toBe('iso-27002-sample');
    expect(parsed.requirements.every((r) => r.frameworkId === 'iso-27002-sample')).toBe(true);
  });

  it('exports a foreign import as a valid catalog that imports back to the same data', () => {
    const imported = expectKind(parseOscalFile(fixtureText('basic-catalog.json')), 'catalog');
    const text = asText(frameworkToOscalCatalog(imported.framework, imported.requirements, { lastModified: '2026-11-23' }));
    const again = expectKind(parseOscalFile(text), 'catalog');
    expect(again.framework).toEqual(imported.framework);
    expect(again.requirements).toEqual(imported.requirements);
  });

  it('gives our own export back exactly, and re-exports it to the same text', () => {
    const options = { lastModified: '2026-11-23' };
    const text = asText(frameworkToOscalCatalog(fullFramework, fullRequirements, options));
    const parsed = expectKind(parseOscalFile(text), 'catalog');
    expect(parsed.framework).toEqual(fullFramework);
    expect(parsed.requirements).toEqual(fullRequirements);
    expect(asText(frameworkToOscalCatalog(parsed.framework, parsed.requirements, options))).toBe(text);
  });
});

describe('parseOscalFile: mapping collections', () => {
  it('gives our own export back exactly, and re-exports it to the same text', () => {
    const options = { title: 'Crosswalk', version: '1.0.0', lastModified: '2026-11-23' };
    const text = asText(mappingsToOscalMappingCollection(everyRelationshipMappings, options));
    const parsed = expectKind(parseOscalFile(text), 'mapping-collection');
    expect(parsed.mappings).toHaveLength(everyRelationshipMappings.length);
    expect(asText(mappingsToOscalMappingCollection(parsed.mappings, options))).toBe(text);
  });

  it('reads the minimal fixture, whose resources name frameworks as "#<framework-id>"', () => {
    const parsed = expectKind(parseOscalFile(fixtureText('selfmade-minimal-mapping-collection.json')), 'mapping-collection');
    expect(parsed.mappings).toEqual([
      expect.objectContaining({
        sourceFrameworkId: 'etsi-en-303-645',
        sourceRequirementId: 'provision-5.1-1',
        targetFrameworkId: 'nistir-8259a',
        targetRequirementId: 'device-identification',
        relationship: 'intersects-with',
        origin: 'imported',
      }),
    ]);
  });
});

describe('parseOscalFile: rejection, whole file or nothing', () => {
  const catalogText = fixtureText('basic-catalog.json');

  it('rejects text that is not JSON', () => {
    const parsed = expectKind(parseOscalFile('{"catalog": '), 'invalid');
    expect(parsed.errors).toEqual([{ pointer: '/', message: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('rejects JSON that is not an OSCAL catalog or mapping collection as unknown', () => {
    for (const text of ['{"format":"iotspp-catalog/1","framework":{}}', '[]', fixtureText('example-component-definition.json')]) {
      const parsed = expectKind(parseOscalFile(text), 'invalid');
      expect(parsed.errors).toEqual([{ pointer: '/', message: expect.stringMatching(/^not an OSCAL catalog or mapping collection/) }]);
    }
  });

  it('rejects a catalog missing its metadata', () => {
    const doc = JSON.parse(catalogText);
    delete doc.catalog.metadata;
    expect(parseOscalFile(asText(doc))).toEqual({ kind: 'invalid', errors: [{ pointer: '/catalog', message: 'missing property "metadata"' }] });
  });

  it('rejects a catalog with a bad control id, pointing at it', () => {
    const doc = JSON.parse(catalogText);
    doc.catalog.groups[0].groups[0].controls[1].id = '1.1.2';
    const parsed = expectKind(parseOscalFile(asText(doc)), 'invalid');
    expect(parsed.errors[0]).toEqual({ pointer: '/catalog/groups/0/groups/0/controls/1/id', message: expect.stringContaining('pattern') });
  });

  it('rejects a schema-valid catalog of ours whose props break our rules', () => {
    const doc = frameworkToOscalCatalog(fullFramework, fullRequirements, { lastModified: '2026-11-23' });
    const kind = doc.catalog.metadata.props!.findIndex((p) => p.name === 'kind');
    doc.catalog.metadata.props![kind]!.value = 'novel';
    expect(parseOscalFile(asText(doc))).toEqual({
      kind: 'invalid',
      errors: [{ pointer: `/catalog/metadata/props/${kind}/value`, message: expect.stringContaining('kind must be one of') }],
    });
  });

  it('rejects a mapping collection whose resource names no framework', () => {
    const doc = JSON.parse(fixtureText('selfmade-minimal-mapping-collection.json'));
    doc['mapping-collection'].mappings[0]['target-resource'].href = 'https://example.org/catalog.json';
    expect(parseOscalFile(asText(doc))).toEqual({
      kind: 'invalid',
      errors: [{ pointer: '/mapping-collection/mappings/0/target-resource/href', message: expect.stringContaining('cannot tell which framework') }],
    });
  });
});
