import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, Database } from '../schema.js';
import { fromJson, toJson } from '../json-column.js';

export interface StoredApiToken {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  /** The first characters of the token, safe to show so its owner can tell tokens apart. */
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function fromRow(row: Selectable<ApiTokensTable>): StoredApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    tokenHash: row.token_hash,
    prefix: row.prefix,
    scopes: fromJson(row.scopes),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function insertApiToken(db: Kysely<Database>, t: StoredApiToken): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: t.id,
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      prefix: t.prefix,
      scopes: toJson(t.scopes),
      created_at: t.createdAt,
      expires_at: t.expiresAt,
      last_used_at: t.lastUsedAt,
      revoked_at: t.revokedAt,
    })
    .execute();
}

export async function findApiTokenByHash(db: Kysely<Database>, tokenHash: string): Promise<StoredApiToken | undefined> {
  const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findApiToken(db: Kysely<Database>, id: string): Promise<StoredApiToken | undefined> {
  const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listApiTokens(db: Kysely<Database>, userId: string): Promise<StoredApiToken[]> {
  return (await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').execute()).map(fromRow);
}

export async function revokeApiToken(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function markApiTokenUsed(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function deleteUserApiTokens(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('api_tokens').where('user_id', '=', userId).execute();
}
