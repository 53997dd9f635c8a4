// `iotspp frameworks --json` prints listFrameworksCommand through presentFramework: every bundled catalog file
// must be there with its requirement count, and a count that differs from the reference data the catalogs were
// built from must be explained in data/CHANGELOG.md.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../../test/stores.js';
import { fixedClock } from '../../test/app.js';
import { loadBundledCatalogs } from './load-bundled-catalogs.js';
import { listFrameworksCommand } from './list-frameworks.js';
import { presentFramework } from '../http/routes/frameworks/presenter.js';
import { catalogFiles } from '../catalogs/load-bundle.js';
import { DATA_DIR } from '../catalogs/bundle-paths.js';

// A copy of the reference data's index, kept in the repository so the check runs on every clone.
const REFERENCE_INDEX = resolve(DATA_DIR, 'reference', 'index.json');

const files = catalogFiles().map((path) => {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { framework: { id: string }; requirements: unknown[] };
  return { id: file.framework.id, requirements: file.requirements.length };
});

describe.each(dialects)('iotspp frameworks --json on %s', (dialect) => {
  let store: TestStore;
  let listed: ReturnType<typeof presentFramework>[];
  beforeAll(async () => {
    store = await createTestStore(dialect);
    await loadBundledCatalogs({ store, clock: fixedClock() });
    listed = (await listFrameworksCommand({ store }, {}, { limit: 100_000, offset: 0 })).items.map(presentFramework);
  });
  afterAll(async () => store.drop());

  it('lists every catalog file of data/catalogs with its requirement count', () => {
    expect(listed.map((f) => [f.id, f.requirementCount]).sort()).toEqual(files.map((f) => [f.id, f.requirements]).sort());
  });

  it('matches the reference counts, or data/CHANGELOG.md names the framework whose count differs', () => {
    const index = JSON.parse(readFileSync(REFERENCE_INDEX, 'utf8')) as { type: string; id?: string; requirements?: number }[];
    const changelog = readFileSync(resolve(DATA_DIR, 'CHANGELOG.md'), 'utf8');
    const unexplained = index
      .filter((e) => e.type === 'framework' && e.id !== undefined)
      .flatMap((e) => {
        const ours = listed.find((f) => f.id === e.id);
        if (!ours) return [`${e.id}: in the reference data, not in the registry`];
        if (ours.requirementCount === e.requirements) return [];
        return changelog.includes(`\`${e.id}\``) ? [] : [`${e.id}: ${ours.requirementCount} requirements, reference ${e.requirements}, not in data/CHANGELOG.md`];
      });
    expect(unexplained).toEqual([]);
  });
});
