import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../../test/stores.js';
import { fixedClock } from '../../test/app.js';
import { loadBundledCatalogs } from './load-bundled-catalogs.js';
import { exportFrameworkCommand, exportMappingsCommand } from './export-framework.js';
import { importOscalCommand } from './import-oscal.js';
import { registrySnapshot } from './registry-snapshot.js';
import { readDataVersion } from '../db/repositories/meta.js';
import { DomainError } from '../domain/errors.js';

const clock = fixedClock();

describe.each(dialects)('OSCAL import and export through the store on %s', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(dialect);
    await loadBundledCatalogs({ store, clock });
  });
  afterEach(async () => store.drop());

  it('exports every bundled framework, and the mappings of each, as documents the official schemas accept', async () => {
    const { frameworks, mappings } = await registrySnapshot(store);
    for (const f of frameworks) {
      const file = await exportFrameworkCommand({ store }, f.id, 'oscal');
      expect(JSON.parse(file.body).catalog.metadata.title).toBe(f.title);
      if (mappings.some((m) => m.sourceFrameworkId === f.id)) await exportMappingsCommand({ store }, f.id);
    }
  });

  it('round-trips a catalog and its mappings: export, import into another store, export again: identical', async () => {
    const catalog = (await exportFrameworkCommand({ store }, 'uk-psti', 'oscal')).body;
    const mappings = (await exportMappingsCommand({ store }, 'uk-psti')).body;
    const other = await createTestStore(dialect);
    try {
      await loadBundledCatalogs({ store: other, clock });
      // Remove the bundled copy so the import really writes it.
      await other.db.deleteFrom('frameworks').where('id', '=', 'uk-psti').execute();
      await importOscalCommand({ store: other, clock }, catalog);
      const mappingResult = await importOscalCommand({ store: other, clock }, mappings);
      expect(mappingResult).toMatchObject({ kind: 'mapping-collection' });
      expect((await exportFrameworkCommand({ store: other }, 'uk-psti', 'oscal')).body).toBe(catalog);
      const again = JSON.parse((await exportMappingsCommand({ store: other }, 'uk-psti')).body);
      const first = JSON.parse(mappings);
      // Imported mappings are marked as imported (only the bundle loader writes bundled ones); all else is equal.
      const strip = (doc: unknown) => JSON.stringify(doc).replaceAll('"imported"', '"bundled"');
      expect(strip(again['mapping-collection'].mappings)).toBe(strip(first['mapping-collection'].mappings));
    } finally {
      await other.drop();
    }
  });

  it("imports NIST's sample catalog with control ids and titles intact", async () => {
    const text = readFileSync('test/fixtures/oscal/basic-catalog.json', 'utf8');
    const controls: { id: string; title: string }[] = [];
    const walk = (node: { controls?: unknown[]; groups?: unknown[] }) => {
      for (const c of (node.controls ?? []) as { id: string; title: string; controls?: unknown[] }[]) {
        controls.push({ id: c.id, title: c.title });
        walk(c);
      }
      for (const g of (node.groups ?? []) as { controls?: unknown[]; groups?: unknown[] }[]) walk(g);
    };
    walk(JSON.parse(text).catalog);
    const result = await importOscalCommand({ store, clock }, text, { frameworkId: 'nist-sample' });
    expect(result).toEqual({ kind: 'catalog', frameworkId: 'nist-sample', requirements: controls.length, replaced: false });
    const { requirements } = await registrySnapshot(store);
    const imported = requirements.filter((r) => r.frameworkId === 'nist-sample').map((r) => ({ id: r.id, title: r.title }));
    expect(imported).toEqual(controls);
  });

  it('rejects an invalid file whole, with JSON pointers, and writes nothing', async () => {
    const before = await readDataVersion(store.db);
    const frameworksBefore = (await registrySnapshot(store)).frameworks.length;
    const doc = JSON.parse(readFileSync('test/fixtures/oscal/basic-catalog.json', 'utf8'));
    doc.catalog.groups[0].groups[0].controls[0].id = 'not a valid id!';
    const error = await importOscalCommand({ store, clock }, JSON.stringify(doc), { frameworkId: 'broken' }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('invalid_document');
    expect(error.details[0].pointer).toMatch(/^\/catalog\/groups\/0\/groups\/0\/controls\/0/);

    const mappings = JSON.parse((await exportMappingsCommand({ store }, 'uk-psti')).body);
    mappings['mapping-collection'].mappings[0].maps[0].targets[0]['id-ref'] = 'req-NOPE';
    const dangling = await importOscalCommand({ store, clock }, JSON.stringify(mappings)).catch((e) => e);
    expect(dangling.code).toBe('invalid_document');

    expect(await readDataVersion(store.db)).toBe(before);
    expect((await registrySnapshot(store)).frameworks.length).toBe(frameworksBefore);
  });
});
