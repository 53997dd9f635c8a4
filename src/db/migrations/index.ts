// Every migration, in order. Names are dated so they sort; add new ones at the end.
import type { Migration } from 'kysely';
import * as registry from './2026-11-23-01-registry.js';

export const migrations: Record<string, Migration> = {
  '2026-11-23-01-registry': registry,
};
