// The command as a user runs it: a report exits 0 whatever the figures; only a file we cannot read as a
// published mapping exits non-zero, saying which formats are supported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/stores.js';
import { fixedClock } from '../../../test/app.js';
import { loadBundledCatalogs } from '../../commands/load-bundled-catalogs.js';
import { PUBLISHED_MAPPINGS_DIR } from '../../commands/mapping-quality.js';
import { REPO_ROOT } from '../../catalogs/bundle-paths.js';
import { EXIT } from '../errors.js';

describe('iotspp mappings compare', () => {
  let store: TestStore;
  let dir: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'iotspp.js'), 'mappings', 'compare', ...args], {
      env: { ...process.env, DATABASE_URL: store.url },
      encoding: 'utf8',
    });
  beforeAll(async () => {
    // SQLite only: this is about the command line, the comparison itself runs on both dialects elsewhere.
    store = await createTestStore('sqlite');
    await loadBundledCatalogs({ store, clock: fixedClock() });
    dir = mkdtempSync(join(tmpdir(), 'iotspp-mappings-'));
  });
  afterAll(async () => {
    await store.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--json prints the report with a numeric recall, provenance and bundle version, and exits 0', () => {
    const result = run(join(PUBLISHED_MAPPINGS_DIR, 'mappings-uk-psti-deemed-compliance.json'), '--json');
    expect(result.status, result.stderr).toBe(EXIT.ok);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ format: 'uk-psti-deemed-compliance', recall: 1, contradictions: [], missed: [], outOfScope: 3 });
    expect(Array.isArray(answer.extra)).toBe(true);
    expect(answer.provenance.url).toContain('legislation.gov.uk');
    expect(typeof answer.bundleVersion).toBe('string');
  });

  it('prints the figures and each list for people', () => {
    const result = run(join(PUBLISHED_MAPPINGS_DIR, 'mappings-uk-psti-deemed-compliance.json'));
    expect(result.status, result.stderr).toBe(EXIT.ok);
    expect(result.stdout).toContain('Recall: 100.0%: we relate 4 of 4 in-scope pairs.');
    expect(result.stdout).toMatch(/Contradictions \(0\)[\s\S]*Missed pairs[\s\S]*Pairs we relate that the publication does not/);
  });

  it('exits non-zero on a file in no known format, naming the supported formats', () => {
    const file = join(dir, 'unknown.json');
    writeFileSync(file, JSON.stringify({ source_framework: 'somewhere', relations: [] }));
    const result = run(file, '--json');
    expect(result.status).toBe(EXIT.invalid);
    expect(result.stderr).toContain('supported formats: uk-psti-deemed-compliance');
    expect(result.stdout).toBe('');
  });
});
