// Import of a large OSCAL catalog (10,000 controls) measured against plain JSON.parse plus official-schema
// validation of the same text, in the same run: the ratio is what our conversion and checks cost on top.
// Run: node bin/run-ts.js bench/oscal-import.ts
import { frameworkToOscalCatalog } from '../src/domain/oscal/catalog-export.js';
import { parseOscalFile } from '../src/oscal-io/parse-oscal-file.js';
import { validateOscal } from '../src/validation/oscal.js';
import type { Framework } from '../src/domain/frameworks/framework.js';
import type { Requirement } from '../src/domain/frameworks/requirement.js';
import { line, ms, percentile, timeRuns } from './stats.js';

const CONTROLS = 10_000;
const framework: Framework = {
  id: 'bench-large',
  title: 'A large synthetic catalog',
  shortName: 'Bench',
  version: '1.0',
  kind: 'standard',
  issuer: 'iotspp bench',
  organisation: 'iotspp bench',
  jurisdictions: ['INT'],
  publicationDate: '2026-11-23',
  status: 'in-force',
  scope: 'general',
  layers: ['device'],
  sourceUrl: 'https://example.org/bench',
  summary: 'Synthetic catalog for the import benchmark.',
  development: { stage: 'developed', multistakeholder: null, note: null },
  licence: { name: 'Apache-2.0', url: null, note: null },
  conditions: [{ id: '1', text: 'passwords are used', fact: 'uses-passwords', negated: false }],
  notes: [],
};
const requirements: Requirement[] = Array.from({ length: CONTROLS }, (_, i) => ({
  frameworkId: framework.id,
  id: `R-${Math.floor(i / 100)}.${i % 100}`,
  title: `Requirement number ${i}`,
  summary: `A summary of requirement ${i}, long enough to look like the real thing with a sentence or two of text.`,
  level: i % 3 === 0 ? 'mandatory' : i % 3 === 1 ? 'recommended' : 'conditional-mandatory',
  group: `Group ${Math.floor(i / 100)}`,
  tags: ['bench'],
  conditions: i % 3 === 2 ? ['1'] : [],
  sourceUrl: null,
  officialRef: null,
  verification: 'verified',
  verificationNote: null,
  organisations: [],
  footnotes: [],
  assuranceLevels: [],
  parentId: null,
  position: i,
}));

const text = JSON.stringify(frameworkToOscalCatalog(framework, requirements, { lastModified: '2026-11-23T00:00:00.000Z' }));
line('OSCAL catalog', `${CONTROLS} controls, ${(text.length / 1024 / 1024).toFixed(1)} MiB`);

// Compile the schema before timing either side, so neither pays the one-off compilation.
validateOscal('catalog', JSON.parse(text));
const runs = 7;
const reference = await timeRuns(() => {
  const result = validateOscal('catalog', JSON.parse(text));
  if (!result.ok) throw new Error('synthetic catalog is invalid');
}, runs);
const ours = await timeRuns(() => {
  const parsed = parseOscalFile(text);
  if (parsed.kind !== 'catalog' || parsed.requirements.length !== CONTROLS) throw new Error('import failed');
}, runs);
const p50ref = percentile(reference, 50);
const p50ours = percentile(ours, 50);
line('JSON.parse + schema validation (p50)', ms(p50ref));
line('iotspp import: parse, validate, convert (p50)', ms(p50ours));
line('ratio import / (parse + validate)', `${(p50ours / p50ref).toFixed(2)}x`);

// The same file through the whole import command into a fresh SQLite store (one transaction), as a user runs it.
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');
const { openStore } = await import('../src/db/connect.js');
const { migrateToLatest } = await import('../src/db/migrate.js');
const { importOscalCommand } = await import('../src/commands/import-oscal.js');
const dir = mkdtempSync(join(tmpdir(), 'iotspp-bench-'));
try {
  const store = openStore({ dialect: 'sqlite', path: join(dir, 'bench.db') });
  await migrateToLatest(store);
  const clock = { now: () => new Date('2026-11-23T00:00:00Z') };
  const stored = await timeRuns(() => importOscalCommand({ store, clock }, text, { replace: true }), 5, 1);
  await store.close();
  const p50stored = percentile(stored, 50);
  line('iotspp import into SQLite, one transaction (p50)', ms(p50stored));
  line('ratio stored import / (parse + validate)', `${(p50stored / p50ref).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
