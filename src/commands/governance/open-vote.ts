// Opening the vote on a proposal in discussion. This is the moment that fixes everything it will be counted
// by: the rule (from what the proposal stated, within what its kind allows), the electorate (the member
// organisations, able to see the proposal, at this instant) and the closing time. Their representatives get
// mail. Any member's representative may open a vote; the proposer says when discussion is enough by asking.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { canOpen, checkVotingPeriod, DEFAULT_VOTING_PERIOD_MS, electorateFor, fixedThreshold } from '../../domain/governance/proposals.js';
import { resolveRule } from '../../domain/governance/vote-rule.js';
import { canSee } from '../../domain/governance/visibility.js';
import { findCurrentMembership, listCurrentMembers } from '../../db/repositories/memberships.js';
import { lockProposal, saveProposal, type Proposal } from '../../db/repositories/proposals.js';
import { appendAudit, auditActor } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import type { GovernanceContext } from './context.js';
import { notifyVoteOpened } from './notify.js';
import { loadViewer, requireMemberRepresentative } from './viewer.js';

export async function openVote(ctx: GovernanceContext, actor: Actor, proposalId: string, input: { closesAt?: string }): Promise<Proposal> {
  const now = ctx.clock.now();
  const { proposal, mail } = await ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    const p = await lockProposal(trx, proposalId);
    if (!p || !canSee(viewer, p.visibility)) throw new DomainError('proposal_not_found', `No proposal "${proposalId}".`);
    requireMemberRepresentative(viewer);
    if (!canOpen(p.status)) throw new DomainError('conflict', `The vote cannot be opened: the proposal is ${p.status}.`);
    const closesAt = input.closesAt ? new Date(input.closesAt) : new Date(now.getTime() + DEFAULT_VOTING_PERIOD_MS);
    const period = checkVotingPeriod(now, closesAt);
    if (period) throw new DomainError('validation_failed', `The closing time is refused: ${period}.`, [{ pointer: 'body/closesAt', message: period }]);
    if (p.kind === 'admit-member' && (await findCurrentMembership(trx, String(p.payload.organisationId)))) {
      throw new DomainError('conflict', 'The applicant is already a member; withdraw the application.');
    }
    const members = await listCurrentMembers(trx);
    const electorate = electorateFor(p.visibility, members.map((m) => ({ organisationId: m.organisationId, organisationType: m.type })));
    if (electorate.length === 0) throw new DomainError('conflict', 'No member organisation can vote on this proposal.');
    const { rule } = resolveRule(fixedThreshold(p.kind), p.requestedRule);
    const opened: Proposal = { ...p, status: 'open', openedAt: now.toISOString(), closesAt: closesAt.toISOString(), rule, electorate };
    await saveProposal(trx, opened);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: 'governance.vote.open',
      subject: `proposal:${p.id}`,
      payload: { rule, electorate, openedAt: opened.openedAt, closesAt: opened.closesAt },
    });
    return { proposal: opened, mail: await notifyVoteOpened(trx, ctx, opened) };
  });
  await deliverQueued(ctx, mail);
  return proposal;
}
