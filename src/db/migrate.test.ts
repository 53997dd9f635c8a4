import { afterEach, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../../test/stores.js';
import { migrateDown, migrateToLatest, pendingMigrations } from './migrate.js';
import { migrations } from './migrations/index.js';

describe.each(dialects)('migrations on %s', (dialect) => {
  let store: TestStore;
  afterEach(async () => store.drop());

  it('applies every migration once, then has nothing pending', async () => {
    store = await createTestStore(dialect, { migrate: false });
    expect(await pendingMigrations(store)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(store)).toEqual(Object.keys(migrations));
    expect(await pendingMigrations(store)).toEqual([]);
    expect(await migrateToLatest(store)).toEqual([]);
  });

  it('can go down one step and up again', async () => {
    store = await createTestStore(dialect);
    const last = Object.keys(migrations).at(-1);
    expect(await migrateDown(store)).toEqual([last]);
    expect(await migrateToLatest(store)).toEqual([last]);
  });
});
