import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { lockWrites } from './write-lock.js';

export async function readMeta(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * The registry's data version: bumped by every write to frameworks, requirements or mappings, so caches of
 * the crosswalk index (in this process or another one sharing the store) know when to rebuild.
 */
export async function bumpDataVersion(db: Kysely<Database>): Promise<number> {
  await lockWrites(db);
  const next = Number((await readMeta(db, 'data_version')) ?? '0') + 1;
  await writeMeta(db, 'data_version', String(next));
  return next;
}

export async function readDataVersion(db: Kysely<Database>): Promise<number> {
  return Number((await readMeta(db, 'data_version')) ?? '0');
}
