import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../schema.js';
import type { Role } from '../../domain/access/roles.js';
import { fromJson, toJson } from '../json-column.js';

export interface StoredInvitation {
  id: string;
  email: string | null;
  organisationId: string;
  roles: Role[];
  invitedBy: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedUserId: string | null;
  revokedAt: string | null;
}

function fromRow(row: Selectable<InvitationsTable>): StoredInvitation {
  return {
    id: row.id,
    email: row.email,
    organisationId: row.organisation_id,
    roles: fromJson(row.roles),
    invitedBy: row.invited_by,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    acceptedUserId: row.accepted_user_id,
    revokedAt: row.revoked_at,
  };
}

export async function insertInvitation(db: Kysely<Database>, i: StoredInvitation): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: i.id,
      email: i.email,
      organisation_id: i.organisationId,
      roles: toJson(i.roles),
      invited_by: i.invitedBy,
      token_hash: i.tokenHash,
      created_at: i.createdAt,
      expires_at: i.expiresAt,
      accepted_at: i.acceptedAt,
      accepted_user_id: i.acceptedUserId,
      revoked_at: i.revokedAt,
    })
    .execute();
}

export async function findInvitation(db: Kysely<Database>, id: string): Promise<StoredInvitation | undefined> {
  const row = await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<StoredInvitation | undefined> {
  const row = await db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listInvitations(db: Kysely<Database>, filter: { organisationId?: string } = {}): Promise<StoredInvitation[]> {
  let q = db.selectFrom('invitations').selectAll();
  if (filter.organisationId) q = q.where('organisation_id', '=', filter.organisationId);
  return (await q.orderBy('created_at', 'desc').orderBy('id').execute()).map(fromRow);
}

/** Closes an invitation (accepted or revoked), forgetting the address it was sent to. */
export async function closeInvitation(
  db: Kysely<Database>,
  id: string,
  change: { acceptedAt: string; acceptedUserId: string } | { revokedAt: string },
): Promise<boolean> {
  const set =
    'acceptedAt' in change
      ? { accepted_at: change.acceptedAt, accepted_user_id: change.acceptedUserId, email: null }
      : { revoked_at: change.revokedAt, email: null };
  const r = await db
    .updateTable('invitations')
    .set(set)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteInvitationsTo(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('invitations').where('email', '=', email).execute();
}
