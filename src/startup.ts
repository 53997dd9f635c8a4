// What both the server and the CLI do before anything else: open the store named by DATABASE_URL, bring its
// schema up to date, and load the bundled catalogs if they changed. A fresh ./var/iotspp.db is created here.
import { openStore, type Store } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { loadBundledCatalogs, type LoadResult } from './commands/load-bundled-catalogs.js';
import { loadGovernanceRecords } from './commands/governance/governance-records.js';
import { systemClock, type Clock } from './commands/context.js';
import type { DatabaseTarget } from './db/database-url.js';

export interface Started {
  store: Store;
  clock: Clock;
  migrated: string[];
  bundle: LoadResult;
}

export async function start(database: DatabaseTarget, clock: Clock = systemClock): Promise<Started> {
  const store = openStore(database);
  try {
    const migrated = await migrateToLatest(store);
    const bundle = await loadBundledCatalogs({ store, clock });
    await loadGovernanceRecords({ store, clock });
    return { store, clock, migrated, bundle };
  } catch (e) {
    await store.close();
    throw e;
  }
}
