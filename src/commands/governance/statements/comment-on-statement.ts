// A comment on one paragraph of one version of a draft, by a member's person or an expert advisor who can
// see the drafting.
import type { Actor } from '../../../domain/access/actor.js';
import { DomainError } from '../../../domain/errors.js';
import { canDiscuss, canSee } from '../../../domain/governance/visibility.js';
import { findStatement, insertStatementComment, listStatementVersions, type StatementComment } from '../../../db/repositories/statements.js';
import { appendAudit, auditActor } from '../../audit.js';
import { newId } from '../../accounts/secrets.js';
import type { CommandContext } from '../../context.js';
import { loadViewer } from '../viewer.js';

export async function commentOnStatement(ctx: CommandContext, actor: Actor, statementId: string, input: { version: number; paragraphId: string; body: string }): Promise<StatementComment> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    const statement = await findStatement(trx, statementId);
    if (!statement || !canSee(viewer, statement.visibility)) throw new DomainError('statement_not_found', `No statement "${statementId}".`);
    if (!canDiscuss(viewer, statement.visibility)) throw new DomainError('forbidden', 'Members and expert advisors comment on drafts.');
    if (statement.status !== 'drafting' && statement.status !== 'voting') throw new DomainError('conflict', `The statement is ${statement.status}; its drafting is over.`);
    const version = (await listStatementVersions(trx, statement.id)).find((v) => v.version === input.version);
    if (!version) throw new DomainError('not_found', `The statement has no version ${input.version}.`);
    if (!version.paragraphs.some((p) => p.id === input.paragraphId)) throw new DomainError('not_found', `Version ${input.version} has no paragraph "${input.paragraphId}".`);
    const body = input.body.trim();
    if (body === '') throw new DomainError('validation_failed', 'A comment says something.', [{ pointer: 'body/body', message: 'is empty' }]);
    const comment: StatementComment = { id: newId(), statementId: statement.id, version: input.version, paragraphId: input.paragraphId, userId: viewer.userId!, organisationId: viewer.organisationId, body, createdAt: ctx.clock.now().toISOString(), erasedAt: null };
    await insertStatementComment(trx, comment);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.statement.comment', subject: `statement:${statement.id}`, payload: { commentId: comment.id, version: comment.version, paragraphId: comment.paragraphId } });
    return comment;
  });
}
