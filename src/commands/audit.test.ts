// Concurrent writers each get their own place in the chain: appends are serialised, and the chain verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../../test/stores.js';
import { fixedClock } from '../../test/app.js';
import { appendAudit } from './audit.js';
import { verifyAuditLog } from './accounts/verify-audit.js';
import { bumpDataVersion } from '../db/repositories/meta.js';

describe.each(dialects)('appendAudit on %s', (dialect) => {
  let store: TestStore;
  const clock = fixedClock();
  beforeAll(async () => {
    store = await createTestStore(dialect);
  });
  afterAll(async () => store.drop());

  it('serialises concurrent appends (with data version bumps in either order) into one valid chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.db.transaction().execute(async (trx) => {
          if (i % 2 === 0) await bumpDataVersion(trx);
          await appendAudit(trx, { clock }, { actor: 'system', action: 'test.write', subject: `thing:${i}`, payload: { i } });
          if (i % 2 === 1) await bumpDataVersion(trx);
        }),
      ),
    );
    const report = await verifyAuditLog({ store });
    expect(report).toMatchObject({ ok: true, entries: 20 });
  });
});
