import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { ThrottleState } from '../../domain/accounts/backoff.js';

export async function readThrottle(db: Kysely<Database>, key: string): Promise<ThrottleState | undefined> {
  const row = await db.selectFrom('auth_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  return {
    failures: Number(row.failures),
    lastFailureAt: Date.parse(row.last_failure_at),
    lockedUntil: row.locked_until === null ? null : Date.parse(row.locked_until),
  };
}

export async function writeThrottle(db: Kysely<Database>, key: string, s: ThrottleState): Promise<void> {
  const values = {
    failures: s.failures,
    last_failure_at: new Date(s.lastFailureAt).toISOString(),
    locked_until: s.lockedUntil === null ? null : new Date(s.lockedUntil).toISOString(),
  };
  await db.insertInto('auth_throttle').values({ key, ...values }).onConflict((oc) => oc.column('key').doUpdateSet(values)).execute();
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
