// Closing a vote, inside the transaction that decided it (the tick at the closing time, or the ballot that
// made the outcome certain): count the ballots of the electorate within the window, decide under the rule
// fixed at opening, record tally, outcome and a digest of the ballots in the audit chain, and apply the
// effect of an approval in the same transaction, so a decision and its consequence exist together or not
// at all. A vote closed at its closing time is recorded as closed then, however late the tick ran.
import { decide, tally, type VoteFrame } from '../../domain/governance/tally.js';
import { ballotsDigest, CLOSE_AUDIT_ACTION } from '../../domain/governance/vote-record.js';
import { listBallots, saveProposal, type Proposal } from '../../db/repositories/proposals.js';
import { appendAudit, sha256Hex } from '../audit.js';
import type { GovernanceContext, Trx } from './context.js';
import { applyDecision, afterRejection } from './apply-decision.js';
import { notifyVoteClosed } from './notify.js';

export function frameOf(p: Proposal): VoteFrame {
  return { electorate: p.electorate ?? [], openedAt: p.openedAt ?? p.createdAt, closesAt: p.closesAt ?? p.createdAt, closedAt: p.status === 'open' ? null : p.closedAt, rule: p.rule! };
}

/** Returns the closed proposal and the outbox ids to deliver after commit. */
export async function closeVoteIn(trx: Trx, ctx: GovernanceContext, p: Proposal, early: boolean, actor: string): Promise<{ proposal: Proposal; mail: string[] }> {
  const now = ctx.clock.now();
  const closedAt = early ? now.toISOString() : p.closesAt!;
  const frame: VoteFrame = { ...frameOf(p), closedAt };
  const ballots = await listBallots(trx, p.id);
  const t = tally(frame, ballots);
  const outcome = decide(p.rule!, t);
  const digest = ballotsDigest(sha256Hex, ballots);
  const closeAuditSeq = await appendAudit(trx, ctx, {
    actor,
    action: CLOSE_AUDIT_ACTION,
    subject: `proposal:${p.id}`,
    payload: { outcome, tally: t, decidedEarly: early, closedAt, ballots: ballots.length, ballotsDigest: digest },
  });
  let closed: Proposal = { ...p, status: outcome, closedAt, result: { tally: t, outcome, decidedEarly: early, ballotsDigest: digest, lapsedBecause: null, closeAuditSeq } };
  // Saved approved before its effect is applied: the baseline guard checks the proposal is adopted.
  await saveProposal(trx, closed);
  const lapsedBecause = outcome === 'approved' ? await applyDecision(trx, ctx, closed) : null;
  if (lapsedBecause !== null) {
    closed = { ...closed, status: 'lapsed', result: { ...closed.result!, lapsedBecause } };
    await saveProposal(trx, closed);
  }
  if (closed.status !== 'approved') await afterRejection(trx, closed);
  return { proposal: closed, mail: await notifyVoteClosed(trx, ctx, closed, p.electorate ?? []) };
}
