import type { Kysely, Selectable } from 'kysely';
import type { Database, OneTimeTokensTable } from '../schema.js';

export const ONE_TIME_PURPOSES = ['setup', 'password-reset'] as const;
export type OneTimePurpose = (typeof ONE_TIME_PURPOSES)[number];

export interface StoredOneTimeToken {
  id: string;
  purpose: OneTimePurpose;
  tokenHash: string;
  userId: string | null;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

function fromRow(row: Selectable<OneTimeTokensTable>): StoredOneTimeToken {
  return {
    id: row.id,
    purpose: row.purpose as OneTimePurpose,
    tokenHash: row.token_hash,
    userId: row.user_id,
    email: row.email,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}

export async function insertOneTimeToken(db: Kysely<Database>, t: StoredOneTimeToken): Promise<void> {
  await db
    .insertInto('one_time_tokens')
    .values({ id: t.id, purpose: t.purpose, token_hash: t.tokenHash, user_id: t.userId, email: t.email, created_at: t.createdAt, expires_at: t.expiresAt, used_at: t.usedAt })
    .execute();
}

export async function findOneTimeToken(db: Kysely<Database>, purpose: OneTimePurpose, tokenHash: string): Promise<StoredOneTimeToken | undefined> {
  const row = await db.selectFrom('one_time_tokens').selectAll().where('purpose', '=', purpose).where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Marks a token used; false if it was used meanwhile (two requests racing for one link). */
export async function useOneTimeToken(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const r = await db.updateTable('one_time_tokens').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Ends every unused token of a purpose (for one user, or those bound to no email): only the newest link works. */
export async function expireOneTimeTokens(
  db: Kysely<Database>,
  purpose: OneTimePurpose,
  at: string,
  scope: { userId?: string; unboundOnly?: boolean } = {},
): Promise<void> {
  let q = db.updateTable('one_time_tokens').set({ used_at: at }).where('purpose', '=', purpose).where('used_at', 'is', null);
  if (scope.userId) q = q.where('user_id', '=', scope.userId);
  if (scope.unboundOnly) q = q.where('email', 'is', null);
  await q.execute();
}

export async function hasLiveOneTimeToken(db: Kysely<Database>, purpose: OneTimePurpose, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('one_time_tokens')
    .select('id')
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteUserOneTimeTokens(db: Kysely<Database>, userId: string, email: string | null): Promise<void> {
  await db.deleteFrom('one_time_tokens').where('user_id', '=', userId).execute();
  if (email) await db.deleteFrom('one_time_tokens').where('email', '=', email).execute();
}
