// Special interest groups, their participants and their dated reports.
import type { Kysely, Selectable } from 'kysely';
import type { Database, SpecialInterestGroupsTable } from '../schema.js';
import type { FocusArea, Participant, ParticipantKind, Target } from '../../domain/governance/special-interest-groups.js';
import type { Visibility } from '../../domain/governance/visibility.js';
import { fromJson, toJson } from '../json-column.js';

export interface SpecialInterestGroup {
  id: string;
  name: string;
  focusArea: FocusArea;
  description: string;
  workingMethod: string;
  targets: Target[];
  visibility: Visibility;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface SigParticipant extends Participant {
  joinedAt: string;
}

export interface SigReport {
  id: string;
  sigId: string;
  title: string;
  body: string;
  reportedOn: string;
  createdBy: string;
  createdAt: string;
}

function fromRow(r: Selectable<SpecialInterestGroupsTable>): SpecialInterestGroup {
  return {
    id: r.id,
    name: r.name,
    focusArea: r.focus_area as FocusArea,
    description: r.description,
    workingMethod: r.working_method,
    targets: fromJson(r.targets),
    visibility: r.visibility as Visibility,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(g: SpecialInterestGroup): SpecialInterestGroupsTable {
  return {
    id: g.id,
    name: g.name,
    focus_area: g.focusArea,
    description: g.description,
    working_method: g.workingMethod,
    targets: toJson(g.targets),
    visibility: g.visibility,
    created_by: g.createdBy,
    created_at: g.createdAt,
    updated_at: g.updatedAt,
  };
}

export async function insertSig(db: Kysely<Database>, g: SpecialInterestGroup): Promise<void> {
  await db.insertInto('special_interest_groups').values(toRow(g)).execute();
}

export async function saveSig(db: Kysely<Database>, g: SpecialInterestGroup): Promise<void> {
  const { id: _id, ...changes } = toRow(g);
  await db.updateTable('special_interest_groups').set(changes).where('id', '=', g.id).execute();
}

export async function findSig(db: Kysely<Database>, id: string): Promise<SpecialInterestGroup | undefined> {
  const row = await db.selectFrom('special_interest_groups').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listSigs(db: Kysely<Database>): Promise<SpecialInterestGroup[]> {
  return (await db.selectFrom('special_interest_groups').selectAll().orderBy('name').orderBy('id').execute()).map(fromRow);
}

export async function insertSigParticipant(db: Kysely<Database>, sigId: string, p: SigParticipant): Promise<void> {
  await db.insertInto('sig_participants').values({ sig_id: sigId, kind: p.kind, participant_id: p.id, joined_at: p.joinedAt }).execute();
}

export async function listSigParticipants(db: Kysely<Database>, sigId: string): Promise<SigParticipant[]> {
  const rows = await db.selectFrom('sig_participants').selectAll().where('sig_id', '=', sigId).orderBy('joined_at').orderBy('participant_id').execute();
  return rows.map((r) => ({ kind: r.kind as ParticipantKind, id: r.participant_id, joinedAt: r.joined_at }));
}

export async function insertSigReport(db: Kysely<Database>, r: SigReport): Promise<void> {
  await db
    .insertInto('sig_reports')
    .values({ id: r.id, sig_id: r.sigId, title: r.title, body: r.body, reported_on: r.reportedOn, created_by: r.createdBy, created_at: r.createdAt })
    .execute();
}

export async function listSigReports(db: Kysely<Database>, sigId: string): Promise<SigReport[]> {
  const rows = await db.selectFrom('sig_reports').selectAll().where('sig_id', '=', sigId).orderBy('reported_on', 'desc').orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, sigId: r.sig_id, title: r.title, body: r.body, reportedOn: r.reported_on, createdBy: r.created_by, createdAt: r.created_at }));
}

/** What one person did in groups: those they formed, where they take part in person, the reports they filed. */
export async function sigRecordsOf(db: Kysely<Database>, userId: string): Promise<{ formed: SpecialInterestGroup[]; inPerson: (SigParticipant & { sigId: string })[]; reports: SigReport[] }> {
  const [formed, inPerson, reports] = await Promise.all([
    db.selectFrom('special_interest_groups').selectAll().where('created_by', '=', userId).orderBy('created_at').execute(),
    db.selectFrom('sig_participants').selectAll().where('kind', '=', 'advisor').where('participant_id', '=', userId).orderBy('joined_at').execute(),
    db.selectFrom('sig_reports').selectAll().where('created_by', '=', userId).orderBy('created_at').execute(),
  ]);
  return {
    formed: formed.map(fromRow),
    inPerson: inPerson.map((r) => ({ sigId: r.sig_id, kind: r.kind as ParticipantKind, id: r.participant_id, joinedAt: r.joined_at })),
    reports: reports.map((r) => ({ id: r.id, sigId: r.sig_id, title: r.title, body: r.body, reportedOn: r.reported_on, createdBy: r.created_by, createdAt: r.created_at })),
  };
}

/** A person (an expert advisor taking part in person) leaves every group. */
export async function removePersonFromSigs(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sig_participants').where('kind', '=', 'advisor').where('participant_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
