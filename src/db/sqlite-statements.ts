// Kysely's SQLite driver prepares every query afresh, and preparing (parsing and planning the SQL) costs more
// than running a small query: a page that reads one row by its key spent most of its database time there. The
// queries a process sends are few distinct texts with changing parameters, so their prepared statements are
// kept, by SQL text, in a bounded least-recently-used map. SQLite re-prepares a kept statement by itself when
// the schema changes (a migration), so a kept statement never runs against a stale plan.
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Enough for every query text the platform sends; `in (?, ?, ...)` lists of many lengths fall out first. */
export const STATEMENT_CACHE_SIZE = 1_000;

export function cachingStatements(db: Database.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => {
      kept.clear();
      db.close();
    },
    prepare(sql) {
      const hit = kept.get(sql);
      if (hit) {
        // Move to the end: the Map's order is the recency order.
        kept.delete(sql);
        kept.set(sql, hit);
        return hit;
      }
      const statement = db.prepare(sql);
      const wrapped: SqliteStatement = {
        reader: statement.reader,
        all: (parameters) => statement.all(parameters),
        run: (parameters) => statement.run(parameters),
        // A streamed read keeps its statement busy until the caller stops reading; a fresh one keeps the kept
        // statement free for other queries meanwhile.
        iterate: (parameters) => db.prepare(sql).iterate(parameters),
      };
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
      kept.set(sql, wrapped);
      return wrapped;
    },
  };
}
