// Links that open one release's report to whoever holds them, until they expire or are revoked. Only a hash
// of the token is stored.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { ShareLinksTable } from '../schema-products.js';

export interface ShareLink {
  id: string;
  releaseId: string;
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

function fromRow(r: Selectable<ShareLinksTable>): ShareLink {
  return { id: r.id, releaseId: r.release_id, tokenHash: r.token_hash, createdBy: r.created_by, createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at };
}

export async function insertShareLink(db: Kysely<Database>, s: ShareLink): Promise<void> {
  await db
    .insertInto('share_links')
    .values({ id: s.id, release_id: s.releaseId, token_hash: s.tokenHash, created_by: s.createdBy, created_at: s.createdAt, expires_at: s.expiresAt, revoked_at: s.revokedAt })
    .execute();
}

export async function findShareLinkByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<ShareLink | undefined> {
  const row = await db.selectFrom('share_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findShareLink(db: Kysely<Database>, id: string): Promise<ShareLink | undefined> {
  const row = await db.selectFrom('share_links').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listShareLinks(db: Kysely<Database>, releaseId: string): Promise<ShareLink[]> {
  return (await db.selectFrom('share_links').selectAll().where('release_id', '=', releaseId).orderBy('created_at', 'desc').execute()).map(fromRow);
}

export async function revokeShareLink(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('share_links').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Share links one actor ("user:<id>") created. */
export async function shareLinksCreatedBy(db: Kysely<Database>, actor: string): Promise<ShareLink[]> {
  return (await db.selectFrom('share_links').selectAll().where('created_by', '=', actor).orderBy('created_at').execute()).map(fromRow);
}
