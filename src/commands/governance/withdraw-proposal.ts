// The proposer (or a representative of the proposing organisation) withdraws a proposal before its vote
// closes. A withdrawn vote is not counted; its ballots stay in the record.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/access/policy.js';
import { canWithdraw } from '../../domain/governance/proposals.js';
import { canSee } from '../../domain/governance/visibility.js';
import { lockProposal, saveProposal, type Proposal } from '../../db/repositories/proposals.js';
import { appendAudit, auditActor } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import type { GovernanceContext } from './context.js';
import { afterRejection } from './apply-decision.js';
import { notifyVoteClosed } from './notify.js';
import { loadViewer } from './viewer.js';

export async function withdrawProposal(ctx: GovernanceContext, actor: Actor, proposalId: string): Promise<Proposal> {
  const { proposal, mail } = await ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    const p = await lockProposal(trx, proposalId);
    const applicant = p !== undefined && p.proposedBy === viewer.userId;
    if (!p || (!canSee(viewer, p.visibility) && !applicant)) throw new DomainError('proposal_not_found', `No proposal "${proposalId}".`);
    if (!can(actor, 'governance.withdraw', { proposedBy: p.proposedBy, proposedFor: p.proposedFor })) {
      throw new DomainError('forbidden', 'Only the proposer, or a representative of the proposing organisation, withdraws a proposal.');
    }
    if (!canWithdraw(p.status)) throw new DomainError('conflict', `The proposal is ${p.status}; it can no longer be withdrawn.`);
    const wasOpen = p.status === 'open';
    const withdrawn: Proposal = { ...p, status: 'withdrawn', closedAt: ctx.clock.now().toISOString() };
    await saveProposal(trx, withdrawn);
    await afterRejection(trx, withdrawn);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.proposal.withdraw', subject: `proposal:${p.id}`, payload: { wasOpen } });
    return { proposal: withdrawn, mail: wasOpen ? await notifyVoteClosed(trx, ctx, withdrawn, p.electorate ?? []) : [] };
  });
  await deliverQueued(ctx, mail);
  return proposal;
}
