// Real stores for tests: a fresh SQLite file, and a fresh PostgreSQL database created from the server named by
// IOTSPP_TEST_POSTGRES_URL (default: the CI machine's postgres at 127.0.0.1:5432). The same suite runs against
// both with `describe.each(dialects)`. PostgreSQL is not optional: if it is unreachable the suite fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';

export const dialects = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof dialects)[number];

export const TEST_POSTGRES_URL = process.env.IOTSPP_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore extends Store {
  /** The DATABASE_URL of this store, for spawning the CLI or a server against it. */
  url: string;
  /** Closes and removes the store. */
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates an empty, migrated store of the given dialect. */
export async function createTestStore(dialect: TestDialect, options: { migrate?: boolean } = {}): Promise<TestStore> {
  let store: Store;
  let url: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'iotspp-test-'));
    url = `sqlite:${join(dir, 'test.db')}`;
    store = openStore({ dialect: 'sqlite', path: join(dir, 'test.db') });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `iotspp_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    url = withDatabase(TEST_POSTGRES_URL, name);
    store = openStore({ dialect: 'postgres', url });
    cleanup = async () => adminQuery(`drop database if exists ${name} with (force)`);
  }
  if (options.migrate !== false) await migrateToLatest(store);
  return {
    ...store,
    url,
    drop: async () => {
      await store.close();
      await cleanup();
    },
  };
}
