import { Migrator, type MigrationResultSet } from 'kysely';
import type { Store } from './connect.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {}

function migrator(store: Store): Migrator {
  return new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
  });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${(result.error as Error).message ?? String(result.error)}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Brings the schema up to date; returns the names of migrations it applied. On PostgreSQL Kysely runs them in
 * one transaction; on SQLite it does not, so callers stop on a failed migration rather than serve a half-migrated store.
 */
export async function migrateToLatest(store: Store): Promise<string[]> {
  return check(await migrator(store).migrateToLatest());
}

export async function migrateDown(store: Store): Promise<string[]> {
  return check(await migrator(store).migrateDown());
}

export async function pendingMigrations(store: Store): Promise<string[]> {
  const all = await migrator(store).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
