// Opens the store named by a DatabaseTarget. The dialect differences live here and in dialect-adapter.ts only.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import type { DatabaseTarget } from './database-url.js';
import { cachingStatements } from './sqlite-statements.js';

export interface Store {
  db: Kysely<Database>;
  dialect: DatabaseTarget['dialect'];
  close(): Promise<void>;
}

export function openStore(target: DatabaseTarget): Store {
  if (target.dialect === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const sqlite = new SQLite(target.path);
    // WAL keeps readers unblocked while a write commits and survives crashes without losing committed data.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  // Bigint counts come back as strings from pg; we only count small things, so parse them as numbers.
  pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle connection the server drops (restart, admin termination) is reported here; the pool replaces it on
  // the next query. Without a listener the error would crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
