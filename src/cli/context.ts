import { readConfig } from '../config.js';
import { start, type Started } from '../startup.js';

/** Opens the store named by DATABASE_URL (migrated, bundle loaded), runs fn, and always closes the store. */
export async function withStore<T>(fn: (ctx: Started) => Promise<T>): Promise<T> {
  const started = await start(readConfig().database);
  try {
    return await fn(started);
  } finally {
    await started.store.close();
  }
}
