// Manufacturers' disclosure policies and the users each manufacturer designates as its PSIRT.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { DisclosurePoliciesTable } from '../schema-disclosure.js';
import type { DisclosurePolicy } from '../../domain/disclosure/disclosure-policy.js';
import { fromJson, toJson } from '../json-column.js';

function fromRow(row: Selectable<DisclosurePoliciesTable>): DisclosurePolicy {
  return {
    organisationId: row.organisation_id,
    contactEmail: row.contact_email,
    contactUrl: row.contact_url,
    languages: fromJson(row.languages),
    acknowledgementDays: Number(row.acknowledgement_days),
    assessmentDays: Number(row.assessment_days),
    safeHarbour: row.safe_harbour,
    encryptionUrl: row.encryption_url,
    website: row.website,
    listCsaf: Number(row.list_csaf) === 1,
    updatedAt: row.updated_at,
  };
}

export async function findPolicy(db: Kysely<Database>, organisationId: string): Promise<DisclosurePolicy | undefined> {
  const row = await db.selectFrom('disclosure_policies').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listPolicies(db: Kysely<Database>): Promise<DisclosurePolicy[]> {
  return (await db.selectFrom('disclosure_policies').selectAll().orderBy('organisation_id').execute()).map(fromRow);
}

export async function savePolicy(db: Kysely<Database>, p: DisclosurePolicy): Promise<void> {
  const values = {
    contact_email: p.contactEmail,
    contact_url: p.contactUrl,
    languages: toJson(p.languages),
    acknowledgement_days: p.acknowledgementDays,
    assessment_days: p.assessmentDays,
    safe_harbour: p.safeHarbour,
    encryption_url: p.encryptionUrl,
    website: p.website,
    list_csaf: p.listCsaf ? 1 : 0,
    updated_at: p.updatedAt,
  };
  await db
    .insertInto('disclosure_policies')
    .values({ organisation_id: p.organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
}

export interface PsirtMember {
  userId: string;
  displayName: string | null;
  email: string | null;
  addedAt: string;
}

/** The manufacturer's PSIRT members who can act: active accounts only. */
export async function listPsirtMembers(db: Kysely<Database>, organisationId: string): Promise<PsirtMember[]> {
  const rows = await db
    .selectFrom('disclosure_psirt_members as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'u.display_name', 'u.email', 'p.added_at'])
    .where('p.organisation_id', '=', organisationId)
    .where('u.status', '=', 'active')
    .orderBy('p.added_at')
    .orderBy('p.user_id')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email, addedAt: r.added_at }));
}

export async function addPsirtMember(db: Kysely<Database>, m: { organisationId: string; userId: string; addedBy: string; addedAt: string }): Promise<boolean> {
  const existing = await db.selectFrom('disclosure_psirt_members').select('user_id').where('organisation_id', '=', m.organisationId).where('user_id', '=', m.userId).executeTakeFirst();
  if (existing) return false;
  await db.insertInto('disclosure_psirt_members').values({ organisation_id: m.organisationId, user_id: m.userId, added_by: m.addedBy, added_at: m.addedAt }).execute();
  return true;
}

export async function removePsirtMember(db: Kysely<Database>, organisationId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('disclosure_psirt_members').where('organisation_id', '=', organisationId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The manufacturers whose PSIRT this user is on. */
export async function psirtOrganisationsOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('disclosure_psirt_members').select('organisation_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.organisation_id);
}

/** A person's PSIRT designations: where they are on a PSIRT, and whom they designated (added_by "user:<id>"). */
export async function psirtDesignationsOf(db: Kysely<Database>, userId: string): Promise<{ organisationId: string; userId: string; addedBy: string; addedAt: string }[]> {
  const rows = await db
    .selectFrom('disclosure_psirt_members')
    .selectAll()
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('added_by', '=', `user:${userId}`)]))
    .orderBy('added_at')
    .execute();
  return rows.map((r) => ({ organisationId: r.organisation_id, userId: r.user_id, addedBy: r.added_by, addedAt: r.added_at }));
}
