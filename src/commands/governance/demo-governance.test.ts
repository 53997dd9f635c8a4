// The governance demo data: fictional founding members and a public group, added once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/stores.js';
import { fixedClock } from '../../../test/app.js';
import { readConfig } from '../../config.js';
import { listCurrentMembers } from '../../db/repositories/memberships.js';
import { listSigs } from '../../db/repositories/special-interest-groups.js';
import { loadDemoGovernance } from './demo-governance.js';

describe('governance demo data', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
  });
  afterAll(async () => store.drop());

  it('registers demo founding members and a public group, and adds nothing the second time', async () => {
    const ctx = { store, clock: fixedClock(), config: readConfig({}) };
    expect((await loadDemoGovernance(ctx)).summary).toBe('3 demo founding member(s) and a demo special interest group');
    expect((await listCurrentMembers(store.db)).every((m) => m.name.startsWith('Demo'))).toBe(true);
    expect((await loadDemoGovernance(ctx)).summary).toBe('the demo governance data is there already');
    expect(await listCurrentMembers(store.db)).toHaveLength(3);
    expect((await listSigs(store.db)).map((g) => g.visibility)).toEqual(['public']);
  });
});
