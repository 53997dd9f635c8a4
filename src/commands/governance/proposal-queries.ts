// Reading proposals, as each viewer may: those whose visibility admits the viewer in full; an applicant (or
// whoever made a proposal they cannot otherwise see) its status and, once closed, its outcome, but not the
// discussion or other members' ballots. Tallies and ballots stay hidden until close when the rule says so;
// each member always sees its own ballot.
import { DomainError } from '../../domain/errors.js';
import { phase, type ProposalKind, type ProposalStatus } from '../../domain/governance/proposals.js';
import { criterionEvidence, type MembershipCriterion } from '../../domain/governance/membership.js';
import { standingBallots, tally, type Ballot, type Tally } from '../../domain/governance/tally.js';
import { verifyVoteRecord, type AuditFact, type RecordCheck } from '../../domain/governance/vote-record.js';
import { canSee, type Viewer } from '../../domain/governance/visibility.js';
import type { ChainReport } from '../../domain/audit/audit-chain.js';
import { findFramework } from '../../db/repositories/frameworks.js';
import { findProposal, listBallots, listProposalComments, listProposals, type Proposal, type ProposalComment } from '../../db/repositories/proposals.js';
import { listAuditEntries } from '../../db/repositories/audit-log.js';
import { sha256Hex } from '../audit.js';
import { verifyAuditLog } from '../accounts/verify-audit.js';
import type { CommandContext } from '../context.js';
import { frameOf } from './close-vote.js';
import { organisationNames, personNames } from './names.js';

type Ctx = Pick<CommandContext, 'store' | 'clock'>;
export type ProposalAccess = 'full' | 'applicant';

export function proposalAccess(viewer: Viewer, p: Proposal): ProposalAccess | null {
  if (canSee(viewer, p.visibility)) return 'full';
  if (viewer.userId !== null && (p.proposedBy === viewer.userId || (p.kind === 'admit-member' && p.proposedFor === viewer.organisationId))) return 'applicant';
  return null;
}

export interface ProposalSummary {
  proposal: Proposal;
  access: ProposalAccess;
  phase: ProposalStatus | 'counting';
}

export async function visibleProposals(ctx: Ctx, viewer: Viewer, filter: { status?: ProposalStatus[]; kind?: ProposalKind[] }): Promise<ProposalSummary[]> {
  const now = ctx.clock.now();
  return (await listProposals(ctx.store.db, filter)).flatMap((p) => {
    const access = proposalAccess(viewer, p);
    return access ? [{ proposal: p, access, phase: phase(p.status, p.closesAt, now) }] : [];
  });
}

export async function loadVisibleProposal(ctx: Ctx, viewer: Viewer, id: string, need: ProposalAccess = 'applicant'): Promise<{ proposal: Proposal; access: ProposalAccess }> {
  const p = await findProposal(ctx.store.db, id);
  const access = p ? proposalAccess(viewer, p) : null;
  if (!p || access === null || (need === 'full' && access !== 'full')) throw new DomainError('proposal_not_found', `No proposal "${id}".`);
  return { proposal: p, access };
}

export interface ProposalDetail extends ProposalSummary {
  /** Null before the vote opens, while results are hidden, or for an applicant before the close. */
  tally: Tally | null;
  resultsHidden: boolean;
  myBallot: Ballot | null;
  canVote: boolean;
  organisationNames: Record<string, string>;
  evidence: { consistent: boolean | null; note: string } | null;
}

export async function proposalDetail(ctx: Ctx, viewer: Viewer, id: string): Promise<ProposalDetail> {
  const { proposal: p, access } = await loadVisibleProposal(ctx, viewer, id);
  const now = ctx.clock.now();
  const current = phase(p.status, p.closesAt, now);
  const closed = p.result !== null;
  const ballots = p.openedAt !== null ? await listBallots(ctx.store.db, p.id) : [];
  const frame = p.openedAt !== null ? frameOf(p) : null;
  const resultsHidden = !closed && p.rule?.hideResultsUntilClose === true;
  const showTally = frame !== null && (closed || (access === 'full' && !resultsHidden));
  const myBallot = frame && viewer.organisationId ? (standingBallots(frame, ballots).get(viewer.organisationId) ?? null) : null;
  const names = await organisationNames(ctx.store.db);
  const relevant = new Set([...(p.electorate ?? []), ...(p.proposedFor ? [p.proposedFor] : []), ...(typeof p.payload.organisationId === 'string' ? [p.payload.organisationId] : [])]);
  let evidence: ProposalDetail['evidence'] = null;
  if (p.kind === 'admit-member') {
    const framework = typeof p.payload.frameworkId === 'string' ? await findFramework(ctx.store.db, p.payload.frameworkId) : undefined;
    evidence = criterionEvidence(p.payload.criterion as MembershipCriterion, framework?.development ?? null);
  }
  return {
    proposal: p,
    access,
    phase: current,
    tally: showTally ? (p.result?.tally ?? tally(frame!, ballots)) : null,
    resultsHidden,
    myBallot: access === 'full' ? myBallot : null,
    canVote: current === 'open' && viewer.representative && viewer.organisationId !== null && (p.electorate ?? []).includes(viewer.organisationId),
    organisationNames: Object.fromEntries([...relevant].map((o) => [o, names.get(o) ?? o])),
    evidence,
  };
}

export interface RecordBallot extends Ballot {
  organisationName: string;
  representativeName: string | null;
  auditHash: string | null;
}

export interface ProposalRecord {
  proposal: Proposal;
  ballots: RecordBallot[];
  /** Only the viewer's own organisation's ballots are listed while results are hidden. */
  partial: boolean;
  tally: Tally | null;
  check: RecordCheck | null;
  closeEntry: { seq: number; hash: string } | null;
  chain: ChainReport;
}

export async function proposalRecord(ctx: Ctx, viewer: Viewer, id: string): Promise<ProposalRecord> {
  const { proposal: p } = await loadVisibleProposal(ctx, viewer, id, 'full');
  const ballots = p.openedAt !== null ? await listBallots(ctx.store.db, p.id) : [];
  const closed = p.result !== null;
  const partial = !closed && p.rule?.hideResultsUntilClose === true;
  const shown = partial ? ballots.filter((b) => b.organisationId === viewer.organisationId) : ballots;
  const entries = await listAuditEntries(ctx.store.db, { subject: `proposal:${p.id}` });
  const audit = new Map<number, AuditFact>(entries.map((e) => [e.seq, e]));
  const names = await organisationNames(ctx.store.db);
  const people = viewer.member || viewer.advisor ? await personNames(ctx.store.db, shown.map((b) => b.userId)) : new Map<string, string | null>();
  const closeEntry = p.result ? entries.find((e) => e.seq === p.result!.closeAuditSeq) : undefined;
  return {
    proposal: p,
    ballots: shown.map((b) => ({ ...b, organisationName: names.get(b.organisationId) ?? b.organisationId, representativeName: people.get(b.userId) ?? null, auditHash: entries.find((e) => e.seq === b.seq)?.hash ?? null })),
    partial,
    tally: p.openedAt === null || partial ? null : (p.result?.tally ?? tally(frameOf(p), ballots)),
    check: closed && p.rule ? verifyVoteRecord(sha256Hex, p.id, frameOf(p), p.result, ballots, audit) : null,
    closeEntry: closeEntry ? { seq: closeEntry.seq, hash: closeEntry.hash } : null,
    chain: await verifyAuditLog(ctx),
  };
}

export interface CommentView extends ProposalComment {
  authorName: string | null;
  organisationName: string | null;
}

export async function proposalComments(ctx: Ctx, viewer: Viewer, id: string): Promise<CommentView[]> {
  const { proposal } = await loadVisibleProposal(ctx, viewer, id, 'full');
  const comments = await listProposalComments(ctx.store.db, proposal.id);
  const [names, people] = [await organisationNames(ctx.store.db), await personNames(ctx.store.db, comments.map((c) => c.userId))];
  return comments.map((c) => ({ ...c, authorName: people.get(c.userId) ?? null, organisationName: c.organisationId ? (names.get(c.organisationId) ?? null) : null }));
}
