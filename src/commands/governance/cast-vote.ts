// A member organisation votes (yes, no or abstain) through one of its representatives, or changes its vote,
// until the vote closes. Every cast is kept: its audit entry (the hash chain) gives it a place in the order
// of receipt, and the ballot row points at that entry. Refusals say why (src/domain/governance/ballot-rules.ts).
// With decideEarly in the rule, the ballot that makes the outcome certain closes the vote in the same
// transaction. The proposal row is locked meanwhile, so two ballots never decide from the same stale state.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { checkBallot } from '../../domain/governance/ballot-rules.js';
import { certainOutcome, standingBallots, tally, type Ballot, type Choice } from '../../domain/governance/tally.js';
import { ballotAuditPayload, BALLOT_AUDIT_ACTION } from '../../domain/governance/vote-record.js';
import { canSee } from '../../domain/governance/visibility.js';
import { insertBallot, listBallots, lockProposal, type Proposal } from '../../db/repositories/proposals.js';
import { appendAudit, auditActor } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import type { GovernanceContext } from './context.js';
import { closeVoteIn, frameOf } from './close-vote.js';
import { loadViewer } from './viewer.js';

export interface CastResult {
  ballot: Ballot;
  /** The proposal after the ballot: closed already if the ballot decided it. */
  proposal: Proposal;
  changed: boolean;
}

export async function castVote(ctx: GovernanceContext, actor: Actor, proposalId: string, choice: Choice): Promise<CastResult> {
  const now = ctx.clock.now();
  // One instant for the whole cast: the check, the ballot row, its audit entry (and an early close) all say the
  // same time, so the record verifies against the audit chain to the millisecond.
  const at = { ...ctx, clock: { now: () => new Date(now) } };
  const { result, mail } = await ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    const p = await lockProposal(trx, proposalId);
    if (!p || !canSee(viewer, p.visibility)) throw new DomainError('proposal_not_found', `No proposal "${proposalId}".`);
    const ballots = await listBallots(trx, p.id);
    const standing = p.status === 'open' && viewer.organisationId !== null ? (standingBallots(frameOf(p), ballots).get(viewer.organisationId) ?? null) : null;
    const refusal = checkBallot({
      status: p.status,
      openedAt: p.openedAt,
      closesAt: p.closesAt,
      electorate: p.electorate,
      organisationId: viewer.organisationId,
      representative: viewer.representative,
      standing: standing?.choice ?? null,
      choice,
      now,
    });
    if (refusal) throw new DomainError(refusal.code, refusal.message);
    const organisationId = viewer.organisationId!;
    const userId = viewer.userId!;
    const seq = await appendAudit(trx, at, { actor: auditActor(actor), action: BALLOT_AUDIT_ACTION, subject: `proposal:${p.id}`, payload: ballotAuditPayload({ organisationId, choice }) });
    const ballot: Ballot = { organisationId, choice, at: now.toISOString(), userId, seq };
    await insertBallot(trx, p.id, ballot);
    if (p.rule!.decideEarly && certainOutcome(p.rule!, tally(frameOf(p), [...ballots, ballot])) !== null) {
      const closed = await closeVoteIn(trx, at, p, true, 'system');
      return { result: { ballot, proposal: closed.proposal, changed: standing !== null }, mail: closed.mail };
    }
    return { result: { ballot, proposal: p, changed: standing !== null }, mail: [] as string[] };
  });
  await deliverQueued(ctx, mail);
  return result;
}
