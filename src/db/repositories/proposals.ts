// Proposals, their append-only ballots and their comments.
import { PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import type { Database, ProposalsTable } from '../schema.js';
import type { ProposalKind, ProposalStatus } from '../../domain/governance/proposals.js';
import type { RequestedRule, VoteRule } from '../../domain/governance/vote-rule.js';
import type { Visibility } from '../../domain/governance/visibility.js';
import type { Ballot, Choice } from '../../domain/governance/tally.js';
import type { RecordedResult } from '../../domain/governance/vote-record.js';
import { fromJson, toJson } from '../json-column.js';

/** The result of a closed vote, and what became of its effect. */
export interface ProposalResult extends RecordedResult {
  /** Why an approved proposal lapsed (its effect could no longer be applied), else null. */
  lapsedBecause: string | null;
  closeAuditSeq: number;
}

export interface Proposal {
  id: string;
  kind: ProposalKind;
  title: string;
  body: string;
  visibility: Visibility;
  status: ProposalStatus;
  payload: Record<string, unknown>;
  requestedRule: RequestedRule;
  proposedBy: string;
  proposedFor: string | null;
  createdAt: string;
  openedAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  rule: VoteRule | null;
  electorate: string[] | null;
  result: ProposalResult | null;
  reminderSentAt: string | null;
}

const nullableJson = <T>(v: string | null): T | null => (v === null ? null : fromJson<T>(v));

function fromRow(r: Selectable<ProposalsTable>): Proposal {
  return {
    id: r.id,
    kind: r.kind as ProposalKind,
    title: r.title,
    body: r.body,
    visibility: r.visibility as Visibility,
    status: r.status as ProposalStatus,
    payload: fromJson(r.payload),
    requestedRule: fromJson(r.requested_rule),
    proposedBy: r.proposed_by,
    proposedFor: r.proposed_for,
    createdAt: r.created_at,
    openedAt: r.opened_at,
    closesAt: r.closes_at,
    closedAt: r.closed_at,
    rule: nullableJson(r.rule),
    electorate: nullableJson(r.electorate),
    result: nullableJson(r.result),
    reminderSentAt: r.reminder_sent_at,
  };
}

function toRow(p: Proposal): ProposalsTable {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    body: p.body,
    visibility: p.visibility,
    status: p.status,
    payload: toJson(p.payload),
    requested_rule: toJson(p.requestedRule),
    proposed_by: p.proposedBy,
    proposed_for: p.proposedFor,
    created_at: p.createdAt,
    opened_at: p.openedAt,
    closes_at: p.closesAt,
    closed_at: p.closedAt,
    rule: p.rule === null ? null : toJson(p.rule),
    electorate: p.electorate === null ? null : toJson(p.electorate),
    result: p.result === null ? null : toJson(p.result),
    reminder_sent_at: p.reminderSentAt,
  };
}

export async function insertProposal(db: Kysely<Database>, p: Proposal): Promise<void> {
  await db.insertInto('proposals').values(toRow(p)).execute();
}

export async function saveProposal(db: Kysely<Database>, p: Proposal): Promise<void> {
  const { id: _id, ...changes } = toRow(p);
  await db.updateTable('proposals').set(changes).where('id', '=', p.id).execute();
}

export async function findProposal(db: Kysely<Database>, id: string): Promise<Proposal | undefined> {
  const row = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/**
 * Reads a proposal for changing it, holding it until the transaction ends, so two ballots (or a ballot and
 * the closing tick) are never decided from the same stale state. SQLite has one writer, which is the lock.
 */
export async function lockProposal(trx: Kysely<Database>, id: string): Promise<Proposal | undefined> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    const row = await trx.selectFrom('proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }
  return findProposal(trx, id);
}

export async function listProposals(db: Kysely<Database>, filter: { status?: ProposalStatus[]; kind?: ProposalKind[] } = {}): Promise<Proposal[]> {
  let q = db.selectFrom('proposals').selectAll();
  if (filter.status?.length) q = q.where('status', 'in', filter.status);
  if (filter.kind?.length) q = q.where('kind', 'in', filter.kind);
  return (await q.orderBy('created_at', 'desc').orderBy('id').execute()).map(fromRow);
}

/** Open votes whose closing time has come, or whose "closes soon" mail is due from the given time. */
export async function listOpenClosingBefore(db: Kysely<Database>, isoTime: string): Promise<Proposal[]> {
  const rows = await db.selectFrom('proposals').selectAll().where('status', '=', 'open').where('closes_at', '<=', isoTime).orderBy('closes_at').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function countOpenedVotes(db: Kysely<Database>, kind: ProposalKind): Promise<number> {
  const row = await db
    .selectFrom('proposals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', kind)
    .where('opened_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertBallot(db: Kysely<Database>, proposalId: string, b: Ballot): Promise<void> {
  await db.insertInto('ballots').values({ audit_seq: b.seq, proposal_id: proposalId, organisation_id: b.organisationId, user_id: b.userId, choice: b.choice, cast_at: b.at }).execute();
}

/** Every ballot cast on a proposal (changes included), in order of receipt. */
export async function listBallots(db: Kysely<Database>, proposalId: string): Promise<Ballot[]> {
  const rows = await db.selectFrom('ballots').selectAll().where('proposal_id', '=', proposalId).orderBy('audit_seq').execute();
  return rows.map((r) => ({ organisationId: r.organisation_id, choice: r.choice as Choice, at: r.cast_at, userId: r.user_id, seq: Number(r.audit_seq) }));
}

export interface ProposalComment {
  id: string;
  proposalId: string;
  userId: string;
  organisationId: string | null;
  /** Empty once erased. */
  body: string;
  createdAt: string;
  /** When the author's account deletion erased the text; the comment keeps its place in the discussion. */
  erasedAt: string | null;
}

export async function insertProposalComment(db: Kysely<Database>, c: ProposalComment): Promise<void> {
  await db
    .insertInto('proposal_comments')
    .values({ id: c.id, proposal_id: c.proposalId, user_id: c.userId, organisation_id: c.organisationId, body: c.body, created_at: c.createdAt, erased_at: c.erasedAt })
    .execute();
}

export async function listProposalComments(db: Kysely<Database>, proposalId: string): Promise<ProposalComment[]> {
  const rows = await db.selectFrom('proposal_comments').selectAll().where('proposal_id', '=', proposalId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, proposalId: r.proposal_id, userId: r.user_id, organisationId: r.organisation_id, body: r.body, createdAt: r.created_at, erasedAt: r.erased_at }));
}

/** Every ballot a person cast for their organisation, on any proposal. */
export async function listBallotsCastBy(db: Kysely<Database>, userId: string): Promise<(Ballot & { proposalId: string })[]> {
  const rows = await db.selectFrom('ballots').selectAll().where('user_id', '=', userId).orderBy('audit_seq').execute();
  return rows.map((r) => ({ proposalId: r.proposal_id, organisationId: r.organisation_id, choice: r.choice as Choice, at: r.cast_at, userId: r.user_id, seq: Number(r.audit_seq) }));
}

export async function listProposalCommentsBy(db: Kysely<Database>, userId: string): Promise<ProposalComment[]> {
  const rows = await db.selectFrom('proposal_comments').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, proposalId: r.proposal_id, userId: r.user_id, organisationId: r.organisation_id, body: r.body, createdAt: r.created_at, erasedAt: r.erased_at }));
}

/** Erases the text of a person's comments, keeping each comment's place (author id, organisation, time). */
export async function eraseProposalCommentsBy(db: Kysely<Database>, userId: string, at: string): Promise<void> {
  await db.updateTable('proposal_comments').set({ body: '', erased_at: at }).where('user_id', '=', userId).where('erased_at', 'is', null).execute();
}

