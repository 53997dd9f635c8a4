// Statements, every version of their text, and the comments on their paragraphs.
import type { Kysely, Selectable } from 'kysely';
import type { Database, StatementCommentsTable, StatementsTable, StatementVersionsTable } from '../schema.js';
import type { Paragraph, StatementStatus } from '../../domain/governance/statements.js';
import type { Visibility } from '../../domain/governance/visibility.js';
import { fromJson, toJson } from '../json-column.js';

export interface Statement {
  id: string;
  title: string;
  visibility: Visibility;
  status: StatementStatus;
  createdBy: string;
  createdFor: string | null;
  createdAt: string;
  currentVersion: number;
  adoptedVersion: number | null;
  adoptedOn: string | null;
  proposalId: string | null;
  recordNote: string | null;
}

export interface StatementVersion {
  statementId: string;
  version: number;
  title: string;
  paragraphs: Paragraph[];
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface StatementComment {
  id: string;
  statementId: string;
  version: number;
  paragraphId: string;
  userId: string;
  organisationId: string | null;
  /** Empty once erased. */
  body: string;
  createdAt: string;
  /** When the author's account deletion erased the text; the comment keeps its place on the paragraph. */
  erasedAt: string | null;
}

function fromRow(r: Selectable<StatementsTable>): Statement {
  return {
    id: r.id,
    title: r.title,
    visibility: r.visibility as Visibility,
    status: r.status as StatementStatus,
    createdBy: r.created_by,
    createdFor: r.created_for,
    createdAt: r.created_at,
    currentVersion: Number(r.current_version),
    adoptedVersion: r.adopted_version === null ? null : Number(r.adopted_version),
    adoptedOn: r.adopted_on,
    proposalId: r.proposal_id,
    recordNote: r.record_note,
  };
}

function toRow(s: Statement): StatementsTable {
  return {
    id: s.id,
    title: s.title,
    visibility: s.visibility,
    status: s.status,
    created_by: s.createdBy,
    created_for: s.createdFor,
    created_at: s.createdAt,
    current_version: s.currentVersion,
    adopted_version: s.adoptedVersion,
    adopted_on: s.adoptedOn,
    proposal_id: s.proposalId,
    record_note: s.recordNote,
  };
}

export async function insertStatement(db: Kysely<Database>, s: Statement): Promise<void> {
  await db.insertInto('statements').values(toRow(s)).execute();
}

export async function saveStatement(db: Kysely<Database>, s: Statement): Promise<void> {
  const { id: _id, ...changes } = toRow(s);
  await db.updateTable('statements').set(changes).where('id', '=', s.id).execute();
}

export async function findStatement(db: Kysely<Database>, id: string): Promise<Statement | undefined> {
  const row = await db.selectFrom('statements').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Adopted statements newest first, then the rest by creation. */
export async function listStatements(db: Kysely<Database>): Promise<Statement[]> {
  const rows = await db.selectFrom('statements').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function insertStatementVersion(db: Kysely<Database>, v: StatementVersion): Promise<void> {
  await db
    .insertInto('statement_versions')
    .values({ statement_id: v.statementId, version: v.version, title: v.title, paragraphs: toJson(v.paragraphs), note: v.note, created_by: v.createdBy, created_at: v.createdAt })
    .execute();
}

function versionFromRow(r: Selectable<StatementVersionsTable>): StatementVersion {
  return {
    statementId: r.statement_id,
    version: Number(r.version),
    title: r.title,
    paragraphs: fromJson<Paragraph[]>(r.paragraphs),
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export async function listStatementVersions(db: Kysely<Database>, statementId: string): Promise<StatementVersion[]> {
  const rows = await db.selectFrom('statement_versions').selectAll().where('statement_id', '=', statementId).orderBy('version').execute();
  return rows.map(versionFromRow);
}

/** The statements a person drafted and the versions they wrote. */
export async function statementRecordsOf(db: Kysely<Database>, userId: string): Promise<{ drafted: Statement[]; versions: StatementVersion[] }> {
  const [drafted, versions] = await Promise.all([
    db.selectFrom('statements').selectAll().where('created_by', '=', userId).orderBy('created_at').execute(),
    db.selectFrom('statement_versions').selectAll().where('created_by', '=', userId).orderBy('created_at').orderBy('version').execute(),
  ]);
  return { drafted: drafted.map(fromRow), versions: versions.map(versionFromRow) };
}

export async function insertStatementComment(db: Kysely<Database>, c: StatementComment): Promise<void> {
  await db
    .insertInto('statement_comments')
    .values({ id: c.id, statement_id: c.statementId, version: c.version, paragraph_id: c.paragraphId, user_id: c.userId, organisation_id: c.organisationId, body: c.body, created_at: c.createdAt, erased_at: c.erasedAt })
    .execute();
}

function commentFromRow(r: Selectable<StatementCommentsTable>): StatementComment {
  return {
    id: r.id,
    statementId: r.statement_id,
    version: Number(r.version),
    paragraphId: r.paragraph_id,
    userId: r.user_id,
    organisationId: r.organisation_id,
    body: r.body,
    createdAt: r.created_at,
    erasedAt: r.erased_at,
  };
}

export async function listStatementComments(db: Kysely<Database>, statementId: string): Promise<StatementComment[]> {
  const rows = await db.selectFrom('statement_comments').selectAll().where('statement_id', '=', statementId).orderBy('created_at').orderBy('id').execute();
  return rows.map(commentFromRow);
}

export async function listStatementCommentsBy(db: Kysely<Database>, userId: string): Promise<StatementComment[]> {
  const rows = await db.selectFrom('statement_comments').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return rows.map(commentFromRow);
}

/** Erases the text of a person's paragraph comments, keeping each comment's place. */
export async function eraseStatementCommentsBy(db: Kysely<Database>, userId: string, at: string): Promise<void> {
  await db.updateTable('statement_comments').set({ body: '', erased_at: at }).where('user_id', '=', userId).where('erased_at', 'is', null).execute();
}
