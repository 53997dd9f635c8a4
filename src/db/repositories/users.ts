import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../schema.js';
import type { Role } from '../../domain/access/roles.js';
import { fromJson, toJson } from '../json-column.js';

export const USER_STATUSES = ['active', 'disabled', 'deleted'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface StoredUser {
  id: string;
  email: string | null;
  displayName: string | null;
  organisationId: string | null;
  roles: Role[];
  status: UserStatus;
  passwordHash: string | null;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  totpLastStep: number | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

function fromRow(row: Selectable<UsersTable>): StoredUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    roles: fromJson(row.roles),
    status: row.status as UserStatus,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpPendingSecret: row.totp_pending_secret,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(u: StoredUser): UsersTable {
  return {
    id: u.id,
    email: u.email,
    display_name: u.displayName,
    organisation_id: u.organisationId,
    roles: toJson(u.roles),
    status: u.status,
    password_hash: u.passwordHash,
    totp_secret: u.totpSecret,
    totp_pending_secret: u.totpPendingSecret,
    totp_last_step: u.totpLastStep,
    created_at: u.createdAt,
    updated_at: u.updatedAt,
    deleted_at: u.deletedAt,
  };
}

export async function insertUser(db: Kysely<Database>, u: StoredUser): Promise<void> {
  await db.insertInto('users').values(toRow(u)).execute();
}

export async function saveUser(db: Kysely<Database>, u: StoredUser): Promise<void> {
  const { id: _id, ...changes } = toRow(u);
  await db.updateTable('users').set(changes).where('id', '=', u.id).execute();
}

export async function findUser(db: Kysely<Database>, id: string): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** By normalised email; erased accounts have none, so they are never found. */
export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listUsers(db: Kysely<Database>, filter: { organisationId?: string } = {}): Promise<StoredUser[]> {
  let q = db.selectFrom('users').selectAll().where('status', '!=', 'deleted');
  if (filter.organisationId) q = q.where('organisation_id', '=', filter.organisationId);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(fromRow);
}

export async function countActiveAdministrators(db: Kysely<Database>): Promise<number> {
  const users = await db.selectFrom('users').select('roles').where('status', '=', 'active').execute();
  return users.filter((u) => fromJson<string[]>(u.roles).includes('administrator')).length;
}

export async function replaceRecoveryCodes(db: Kysely<Database>, userId: string, codeHashes: string[], now: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (codeHashes.length === 0) return;
  await db.insertInto('recovery_codes').values(codeHashes.map((h) => ({ code_hash: h, user_id: userId, created_at: now, used_at: null }))).execute();
}

/** Marks an unused recovery code of the user used; false when there is no such code. */
export async function useRecoveryCode(db: Kysely<Database>, userId: string, codeHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countUnusedRecoveryCodes(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
