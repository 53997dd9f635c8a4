import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../schema.js';

export interface StoredSession {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
}

function fromRow(row: Selectable<SessionsTable>): StoredSession {
  return { id: row.id, tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, userAgent: row.user_agent };
}

export async function insertSession(db: Kysely<Database>, s: StoredSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.id, token_hash: s.tokenHash, user_id: s.userId, created_at: s.createdAt, last_seen_at: s.lastSeenAt, user_agent: s.userAgent })
    .execute();
}

export async function findSessionByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<StoredSession | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listSessions(db: Kysely<Database>, userId: string): Promise<StoredSession[]> {
  return (await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('created_at').execute()).map(fromRow);
}

export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user, except one when given; returns how many ended. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string, exceptId?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return Number((await q.executeTakeFirst()).numDeletedRows);
}
