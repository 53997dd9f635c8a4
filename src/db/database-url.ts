// DATABASE_URL picks the store for the server and every CLI command alike:
//   (unset)                 -> sqlite:./var/iotspp.db (the embedded default)
//   sqlite:PATH             -> another SQLite file (sqlite::memory: for a throwaway in-memory store)
//   postgres://... or postgresql://...  -> PostgreSQL
import { resolve } from 'node:path';

export type DatabaseTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

export const DEFAULT_DATABASE_URL = 'sqlite:./var/iotspp.db';

export class DatabaseUrlError extends Error {}

export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = url && url.trim() !== '' ? url.trim() : DEFAULT_DATABASE_URL;
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) return { dialect: 'postgres', url: value };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    if (path === '') throw new DatabaseUrlError('DATABASE_URL=sqlite: needs a file path, e.g. sqlite:./var/iotspp.db');
    return { dialect: 'sqlite', path: path === ':memory:' ? path : resolve(cwd, path) };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL "${value.split('@').pop()}" is not supported: use sqlite:PATH or postgres://USER@HOST:PORT/DB`,
  );
}
