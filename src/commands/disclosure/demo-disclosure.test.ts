// `iotspp demo load` adds a fictional case that ends in a published advisory, valid CSAF; a second run adds
// nothing. Through the CLI as a newcomer runs it, on SQLite, then the loader itself on PostgreSQL.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/stores.js';
import { fixedClock } from '../../../test/app.js';
import { mandatoryFailures } from '../../../test/disclosure/csaf-validator.js';
import { REPO_ROOT } from '../../catalogs/bundle-paths.js';
import { disclosureSealer } from '../../crypto/sealed-box.js';
import { listAdvisories } from '../../db/repositories/disclosure-advisories.js';
import { storeProductRegistry } from './store-product-registry.js';
import { loadDisclosureDemo } from './demo-disclosure.js';

describe('iotspp demo load --only disclosure', () => {
  let store: TestStore;
  const secretKey = randomBytes(32).toString('base64');
  const keys = mkdtempSync(join(tmpdir(), 'iotspp-demo-keys-'));
  const run = () =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'iotspp.js'), 'demo', 'load', '--only', 'disclosure', '--json'], {
      env: { ...process.env, DATABASE_URL: store.url, SECRET_KEY: secretKey, LABEL_KEYS_DIR: keys, PUBLIC_URL: 'https://iotspp.example.org' },
      encoding: 'utf8',
    });
  beforeAll(async () => {
    store = await createTestStore('sqlite');
  });
  afterAll(async () => {
    await store.drop();
    rmSync(keys, { recursive: true, force: true });
  });

  it('adds a case that ends in a published, valid advisory (on the labels demo camera), and nothing the second time', async () => {
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const runs = JSON.parse(first.stdout).loaded;
    expect(runs.map((r: { name: string }) => r.name)).toEqual(['labels', 'disclosure']);
    const loaded = runs[1];
    expect(loaded.summary).toMatch(/^case VR-[0-9A-Z]{4}-[0-9A-Z]{4} from report to published advisory IOTSPP-\d{4}-0001$/);
    expect(loaded.links.map((l: { url: string }) => l.url)).toContain('https://iotspp.example.org/.well-known/csaf/provider-metadata.json');
    const [advisory] = await listAdvisories(store.db);
    expect(advisory).toMatchObject({ title: 'Demo Camera: debug service with a fixed password', severity: 'high' });
    expect(await mandatoryFailures(JSON.parse(advisory!.document))).toEqual([]);
    const again = run();
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).loaded[1].summary).toContain('there already');
    expect(await listAdvisories(store.db)).toHaveLength(1);
  });
});

describe('the disclosure demo loader on PostgreSQL', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('postgres');
  });
  afterAll(async () => store.drop());

  it('publishes the demo advisory', async () => {
    const ctx = { store, clock: fixedClock(), publicUrl: 'https://iotspp.example.org', mailer: null, sealer: disclosureSealer(randomBytes(32)), products: storeProductRegistry(store.db) };
    const result = await loadDisclosureDemo(ctx);
    expect(result.summary).toContain('published advisory IOTSPP-2026-0001');
    expect((await loadDisclosureDemo(ctx)).summary).toContain('there already');
  });
});
