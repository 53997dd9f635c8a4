// Rewrites the generated figures of docs/mapping-quality.md: loads the bundled catalogs into a throwaway SQLite
// store (the same path the CLI takes) and compares every file of data/published-mappings/ with the crosswalk.
// A test fails while the committed figures differ from what this writes.
// Usage: node bin/run-ts.js scripts/write-mapping-quality.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { loadBundledCatalogs } from '../src/commands/load-bundled-catalogs.js';
import { systemClock } from '../src/commands/context.js';
import { MAPPING_QUALITY_DOC, mappingQualityCommand, mappingQualityFigures } from '../src/commands/mapping-quality.js';
import { replaceFigures } from '../src/domain/crosswalk/published/quality-figures.js';

const dir = mkdtempSync(join(tmpdir(), 'iotspp-quality-'));
const store = openStore({ dialect: 'sqlite', path: join(dir, 'quality.db') });
try {
  await migrateToLatest(store);
  await loadBundledCatalogs({ store, clock: systemClock });
  const quality = await mappingQualityCommand({ store });
  const doc = readFileSync(MAPPING_QUALITY_DOC, 'utf8');
  writeFileSync(MAPPING_QUALITY_DOC, replaceFigures(doc, mappingQualityFigures(quality)));
  for (const { file, answer } of quality.results) {
    process.stdout.write(`${file}: recall ${answer.recall === null ? 'n/a' : answer.recall.toFixed(2)}, ${answer.counts.contradict} contradiction(s)\n`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
