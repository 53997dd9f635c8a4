// Cases: the clear metadata the Platform runs deadlines and lists on, and the sealed report contents (opened
// only by commands, with the key). Invited coordinators live beside them.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { DisclosureCasesTable } from '../schema-disclosure.js';
import type { CaseState } from '../../domain/disclosure/case-state.js';
import type { CvssScore } from '../../domain/disclosure/cvss/cvss-score.js';
import { fromJson, toJson } from '../json-column.js';

export interface StoredCase {
  id: string;
  trackingId: string;
  tokenHash: string;
  manufacturerId: string;
  productId: string;
  productName: string;
  reporterUserId: string | null;
  state: CaseState;
  receivedAt: string;
  acknowledgementDueAt: string;
  publicationDueAt: string;
  scores: CvssScore[];
  cve: string | null;
  duplicateOf: string | null;
  affectedReleaseIds: string[];
  fixedReleaseIds: string[];
  advisoryId: string | null;
  contentSealed: string;
  updatedAt: string;
}

function fromRow(row: Selectable<DisclosureCasesTable>): StoredCase {
  return {
    id: row.id,
    trackingId: row.tracking_id,
    tokenHash: row.token_hash,
    manufacturerId: row.manufacturer_id,
    productId: row.product_id,
    productName: row.product_name,
    reporterUserId: row.reporter_user_id,
    state: row.state as CaseState,
    receivedAt: row.received_at,
    acknowledgementDueAt: row.acknowledgement_due_at,
    publicationDueAt: row.publication_due_at,
    scores: fromJson(row.scores),
    cve: row.cve,
    duplicateOf: row.duplicate_of,
    affectedReleaseIds: fromJson(row.affected_release_ids),
    fixedReleaseIds: fromJson(row.fixed_release_ids),
    advisoryId: row.advisory_id,
    contentSealed: row.content_sealed,
    updatedAt: row.updated_at,
  };
}

function maxScoreTenths(scores: CvssScore[]): number | null {
  return scores.length === 0 ? null : Math.round(Math.max(...scores.map((s) => s.baseScore)) * 10);
}

function toRow(c: StoredCase): DisclosureCasesTable {
  return {
    id: c.id,
    tracking_id: c.trackingId,
    token_hash: c.tokenHash,
    manufacturer_id: c.manufacturerId,
    product_id: c.productId,
    product_name: c.productName,
    reporter_user_id: c.reporterUserId,
    state: c.state,
    received_at: c.receivedAt,
    acknowledgement_due_at: c.acknowledgementDueAt,
    publication_due_at: c.publicationDueAt,
    scores: toJson(c.scores),
    max_score_tenths: maxScoreTenths(c.scores),
    cve: c.cve,
    duplicate_of: c.duplicateOf,
    affected_release_ids: toJson(c.affectedReleaseIds),
    fixed_release_ids: toJson(c.fixedReleaseIds),
    advisory_id: c.advisoryId,
    content_sealed: c.contentSealed,
    updated_at: c.updatedAt,
  };
}

export async function insertCase(db: Kysely<Database>, c: StoredCase): Promise<void> {
  await db.insertInto('disclosure_cases').values(toRow(c)).execute();
}

/** Writes the case's metadata; the tracking id, token and reporter never change. */
export async function updateCase(db: Kysely<Database>, c: StoredCase): Promise<void> {
  const { id: _id, tracking_id: _t, token_hash: _h, reporter_user_id: _r, received_at: _a, ...changes } = toRow(c);
  await db.updateTable('disclosure_cases').set(changes).where('id', '=', c.id).execute();
}

export async function findCase(db: Kysely<Database>, id: string): Promise<StoredCase | undefined> {
  const row = await db.selectFrom('disclosure_cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findCaseByTrackingId(db: Kysely<Database>, trackingId: string): Promise<StoredCase | undefined> {
  const row = await db.selectFrom('disclosure_cases').selectAll().where('tracking_id', '=', trackingId).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findCaseByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<StoredCase | undefined> {
  const row = await db.selectFrom('disclosure_cases').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export interface CaseFilter {
  manufacturerIds?: string[];
  caseIds?: string[];
  reporterUserId?: string;
  states?: readonly CaseState[];
}

/** Cases matching any of the given scopes (manufacturers, case ids, reporter), newest first. */
export async function listCases(db: Kysely<Database>, filter: CaseFilter): Promise<StoredCase[]> {
  const scopes = [filter.manufacturerIds, filter.caseIds].filter((s) => s !== undefined);
  if (scopes.every((s) => s!.length === 0) && filter.reporterUserId === undefined && filter.states === undefined) return [];
  let q = db.selectFrom('disclosure_cases').selectAll();
  q = q.where((eb) => {
    const ors = [];
    if (filter.manufacturerIds && filter.manufacturerIds.length > 0) ors.push(eb('manufacturer_id', 'in', filter.manufacturerIds));
    if (filter.caseIds && filter.caseIds.length > 0) ors.push(eb('id', 'in', filter.caseIds));
    if (filter.reporterUserId !== undefined) ors.push(eb('reporter_user_id', '=', filter.reporterUserId));
    return ors.length > 0 ? eb.or(ors) : eb.val(true);
  });
  if (filter.states) q = q.where('state', 'in', [...filter.states]);
  return (await q.orderBy('received_at', 'desc').orderBy('id').execute()).map(fromRow);
}

/** Cases that are not over (deadline runs and the overdue list look only at these). */
export async function listOpenCases(db: Kysely<Database>, finalStates: readonly string[]): Promise<StoredCase[]> {
  return (await db.selectFrom('disclosure_cases').selectAll().where('state', 'not in', [...finalStates]).orderBy('received_at').orderBy('id').execute()).map(fromRow);
}

export async function listCoordinators(db: Kysely<Database>, caseId: string): Promise<{ userId: string; addedBy: string; addedAt: string }[]> {
  const rows = await db.selectFrom('disclosure_case_coordinators').selectAll().where('case_id', '=', caseId).orderBy('added_at').orderBy('user_id').execute();
  return rows.map((r) => ({ userId: r.user_id, addedBy: r.added_by, addedAt: r.added_at }));
}

export async function addCoordinator(db: Kysely<Database>, c: { caseId: string; userId: string; addedBy: string; addedAt: string }): Promise<boolean> {
  const existing = await db.selectFrom('disclosure_case_coordinators').select('user_id').where('case_id', '=', c.caseId).where('user_id', '=', c.userId).executeTakeFirst();
  if (existing) return false;
  await db.insertInto('disclosure_case_coordinators').values({ case_id: c.caseId, user_id: c.userId, added_by: c.addedBy, added_at: c.addedAt }).execute();
  return true;
}

export async function casesCoordinatedBy(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('disclosure_case_coordinators').select('case_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.case_id);
}

/** Replaces a case's sealed report (the reporter's contact fields erased, re-sealed in the same place). */
export async function replaceCaseContent(db: Kysely<Database>, caseId: string, contentSealed: string): Promise<void> {
  await db.updateTable('disclosure_cases').set({ content_sealed: contentSealed }).where('id', '=', caseId).execute();
}

/** A person's part in coordination: the cases they coordinate, and the coordinators they brought onto cases. */
export async function coordinationsOf(db: Kysely<Database>, userId: string): Promise<{ caseId: string; userId: string; addedBy: string; addedAt: string }[]> {
  const rows = await db
    .selectFrom('disclosure_case_coordinators')
    .selectAll()
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('added_by', '=', userId)]))
    .orderBy('added_at')
    .execute();
  return rows.map((r) => ({ caseId: r.case_id, userId: r.user_id, addedBy: r.added_by, addedAt: r.added_at }));
}

export async function removeCoordinator(db: Kysely<Database>, caseId: string, userId: string): Promise<void> {
  await db.deleteFrom('disclosure_case_coordinators').where('case_id', '=', caseId).where('user_id', '=', userId).execute();
}
