// Members and expert advisors who can see a proposal discuss it, before and during its vote.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { canComment } from '../../domain/governance/proposals.js';
import { canDiscuss, canSee } from '../../domain/governance/visibility.js';
import { findProposal, insertProposalComment, type ProposalComment } from '../../db/repositories/proposals.js';
import { appendAudit, auditActor } from '../audit.js';
import { newId } from '../accounts/secrets.js';
import type { CommandContext } from '../context.js';
import { loadViewer } from './viewer.js';

export async function commentOnProposal(ctx: CommandContext, actor: Actor, proposalId: string, body: string): Promise<ProposalComment> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    const p = await findProposal(trx, proposalId);
    if (!p || !canSee(viewer, p.visibility)) throw new DomainError('proposal_not_found', `No proposal "${proposalId}".`);
    if (!canDiscuss(viewer, p.visibility)) throw new DomainError('forbidden', 'Members and expert advisors discuss proposals.');
    if (!canComment(p.status)) throw new DomainError('conflict', `The proposal is ${p.status}; its discussion is closed.`);
    const comment: ProposalComment = { id: newId(), proposalId: p.id, userId: viewer.userId!, organisationId: viewer.organisationId, body: body.trim(), createdAt: ctx.clock.now().toISOString(), erasedAt: null };
    if (comment.body === '') throw new DomainError('validation_failed', 'A comment says something.', [{ pointer: 'body/body', message: 'is empty' }]);
    await insertProposalComment(trx, comment);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.proposal.comment', subject: `proposal:${p.id}`, payload: { commentId: comment.id } });
    return comment;
  });
}
