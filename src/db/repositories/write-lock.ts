// One lock orders the writers that touch shared rows (the audit log's head, the registry's data version): on
// PostgreSQL a transaction-scoped advisory lock, re-entrant within a transaction, always taken before those
// rows, so two writers cannot each hold what the other waits for. SQLite has a single writer already.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

const WRITE_LOCK_ID = 41_042_026;

export async function lockWrites(trx: Kysely<Database>): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${WRITE_LOCK_ID})`.execute(trx);
}
