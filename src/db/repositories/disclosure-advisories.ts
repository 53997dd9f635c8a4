// Published advisories: the current CSAF document as served, the facts lists and labels need, and every
// revision ever published.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { DisclosureAdvisoriesTable } from '../schema-disclosure.js';
import { fromJson, toJson } from '../json-column.js';
import { csafFileName } from '../../domain/disclosure/csaf/provider-files.js';

export interface StoredAdvisory {
  id: string;
  caseId: string;
  year: number;
  sequence: number;
  manufacturerId: string;
  productId: string;
  title: string;
  cve: string | null;
  maxScore: number;
  severity: string;
  affectedReleaseIds: string[];
  fixedReleaseIds: string[];
  version: number;
  initialReleaseDate: string;
  currentReleaseDate: string;
  document: string;
}

function fromRow(r: Selectable<DisclosureAdvisoriesTable>): StoredAdvisory {
  return {
    id: r.id,
    caseId: r.case_id,
    year: Number(r.year),
    sequence: Number(r.sequence),
    manufacturerId: r.manufacturer_id,
    productId: r.product_id,
    title: r.title,
    cve: r.cve,
    maxScore: Number(r.max_score_tenths) / 10,
    severity: r.severity,
    affectedReleaseIds: fromJson(r.affected_release_ids),
    fixedReleaseIds: fromJson(r.fixed_release_ids),
    version: Number(r.version),
    initialReleaseDate: r.initial_release_date,
    currentReleaseDate: r.current_release_date,
    document: r.document,
  };
}

function toRow(a: StoredAdvisory): DisclosureAdvisoriesTable {
  return {
    id: a.id,
    case_id: a.caseId,
    year: a.year,
    sequence: a.sequence,
    manufacturer_id: a.manufacturerId,
    product_id: a.productId,
    title: a.title,
    cve: a.cve,
    max_score_tenths: Math.round(a.maxScore * 10),
    severity: a.severity,
    affected_release_ids: toJson(a.affectedReleaseIds),
    fixed_release_ids: toJson(a.fixedReleaseIds),
    version: a.version,
    initial_release_date: a.initialReleaseDate,
    current_release_date: a.currentReleaseDate,
    document: a.document,
  };
}

/** The next sequence number of the year (call inside the publishing transaction; the unique key guards races). */
export async function nextAdvisorySequence(db: Kysely<Database>, year: number): Promise<number> {
  const row = await db.selectFrom('disclosure_advisories').select((eb) => eb.fn.max('sequence').as('n')).where('year', '=', year).executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertAdvisory(db: Kysely<Database>, a: StoredAdvisory, summary: string): Promise<void> {
  await db.insertInto('disclosure_advisories').values(toRow(a)).execute();
  await db.insertInto('disclosure_advisory_revisions').values({ advisory_id: a.id, version: a.version, at: a.currentReleaseDate, summary, document: a.document }).execute();
}

export async function reviseAdvisory(db: Kysely<Database>, a: StoredAdvisory, summary: string): Promise<void> {
  const { id: _id, case_id: _c, year: _y, sequence: _s, initial_release_date: _i, ...changes } = toRow(a);
  await db.updateTable('disclosure_advisories').set(changes).where('id', '=', a.id).execute();
  await db.insertInto('disclosure_advisory_revisions').values({ advisory_id: a.id, version: a.version, at: a.currentReleaseDate, summary, document: a.document }).execute();
}

export async function findAdvisory(db: Kysely<Database>, id: string): Promise<StoredAdvisory | undefined> {
  const row = await db.selectFrom('disclosure_advisories').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findAdvisoryByPath(db: Kysely<Database>, year: number, fileName: string): Promise<StoredAdvisory | undefined> {
  const rows = await db.selectFrom('disclosure_advisories').selectAll().where('year', '=', year).execute();
  return rows.map(fromRow).find((a) => csafFileName(a.id) === fileName);
}

export interface AdvisoryFilter {
  manufacturerId?: string;
  productId?: string;
}

export async function listAdvisories(db: Kysely<Database>, filter: AdvisoryFilter = {}): Promise<StoredAdvisory[]> {
  let q = db.selectFrom('disclosure_advisories').selectAll();
  if (filter.manufacturerId) q = q.where('manufacturer_id', '=', filter.manufacturerId);
  if (filter.productId) q = q.where('product_id', '=', filter.productId);
  return (await q.orderBy('initial_release_date', 'desc').orderBy('id', 'desc').execute()).map(fromRow);
}

export async function listAdvisoryRevisions(db: Kysely<Database>, id: string): Promise<{ version: number; at: string; summary: string }[]> {
  const rows = await db.selectFrom('disclosure_advisory_revisions').select(['version', 'at', 'summary']).where('advisory_id', '=', id).orderBy('version').execute();
  return rows.map((r) => ({ version: Number(r.version), at: r.at, summary: r.summary }));
}
