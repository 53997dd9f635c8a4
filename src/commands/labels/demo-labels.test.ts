// `iotspp demo load` for labels on SQLite and PostgreSQL: every status a newcomer should see, each label
// genuine against the published keys, and a second run adds nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.js';
import { createTestStore, dialects, type TestStore } from '../../../test/stores.js';
import { fixedClock } from '../../../test/app.js';
import { loadBundledCatalogs } from '../load-bundled-catalogs.js';
import { loadDemo } from '../demo/load-demo.js';
import { labelRegistry } from './label-queries.js';
import { labelKeyringFor } from '../../labels-crypto/keyring-from-config.js';
import { verifyLabel } from '../../labels-crypto/verify-label.js';
import { findLabel } from '../../db/repositories/labels.js';

describe.each(dialects)('demo labels (%s)', (dialect) => {
  let store: TestStore;
  let dir: string;
  const clock = fixedClock('2026-11-23T12:00:00.000Z');
  const config = () => readConfig({ LABEL_KEYS_DIR: join(dir, 'keys'), PUBLIC_URL: 'https://iotspp.example.org', DATABASE_URL: 'sqlite::memory:' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iotspp-demo-labels-'));
    store = await createTestStore(dialect);
    await loadBundledCatalogs({ store, clock });
  }, 120_000);
  afterAll(async () => {
    await store?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads labels in every status, all genuine, and adds nothing the second time', async () => {
    const [run] = await loadDemo({ store, clock, config: config() }, { only: ['labels'] });
    expect(run!.result.summary).toMatch(/5 labels/);
    const { items } = await labelRegistry({ store, clock }, {}, { limit: 50, offset: 0 });
    expect(items.map((l) => `${l.product.name} ${l.release.version}: ${l.status}`).sort()).toEqual([
      'Demo Camera 2.4.0: superseded',
      'Demo Camera 2.5.0: valid',
      'Demo Hub 5.0.1: expired',
      'Demo Smart Lock 3.1.0: withdrawn',
      'Demo Speaker 1.2.0: support-ended',
    ]);
    expect(new Set(items.map((l) => l.manufacturer.name))).toEqual(new Set(['Demo Devices Ltd', 'Demo Home Gadgets SAS']));
    const jwks = await labelKeyringFor(config()).publicKeys();
    for (const l of items) {
      const record = (await findLabel(store.db, l.id))!;
      // Each verifies as of when it was issued: the signatures and claims are real.
      expect((await verifyLabel(record.jws, jwks, { now: new Date(record.payload.iat * 1000 + 1000) })).reason, l.product.name).toBe('ok');
    }
    const [again] = await loadDemo({ store, clock, config: config() }, { only: ['labels'] });
    expect(again!.result.summary).toBe('the demo labels are there already');
    expect((await labelRegistry({ store, clock }, {}, { limit: 50, offset: 0 })).total).toBe(5);
  }, 120_000);
});
