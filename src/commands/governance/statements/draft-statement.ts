// A member's representative starts a draft joint statement: a title, paragraphs, and who may see the drafting
// (members and advisors, or governments only, where only government members may draft and comment).
import type { Actor } from '../../../domain/access/actor.js';
import { DomainError } from '../../../domain/errors.js';
import { reviseParagraphs } from '../../../domain/governance/statements.js';
import { canSee, type Visibility } from '../../../domain/governance/visibility.js';
import { insertStatement, insertStatementVersion, type Statement } from '../../../db/repositories/statements.js';
import { appendAudit, auditActor } from '../../audit.js';
import { newId } from '../../accounts/secrets.js';
import type { CommandContext } from '../../context.js';
import { loadViewer, requireMemberRepresentative } from '../viewer.js';

export interface DraftInput {
  title: string;
  visibility: Visibility;
  paragraphs: string[];
  note?: string | null;
}

export function invalidParagraphs(problems: string[]): DomainError {
  return new DomainError('validation_failed', `The text cannot be saved: ${problems[0]}.`, problems.map((p) => ({ pointer: 'body/paragraphs', message: p })));
}

export async function draftStatement(ctx: CommandContext, actor: Actor, input: DraftInput): Promise<Statement> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    requireMemberRepresentative(viewer);
    if (!canSee(viewer, input.visibility)) throw new DomainError('forbidden', 'Only government members draft a governments-only statement.');
    const { paragraphs, problems } = reviseParagraphs(null, [], input.paragraphs.map((text) => ({ text })));
    if (problems.length > 0) throw invalidParagraphs(problems);
    const now = ctx.clock.now().toISOString();
    const statement: Statement = {
      id: newId(),
      title: input.title.trim(),
      visibility: input.visibility,
      status: 'drafting',
      createdBy: viewer.userId,
      createdFor: viewer.organisationId,
      createdAt: now,
      currentVersion: 1,
      adoptedVersion: null,
      adoptedOn: null,
      proposalId: null,
      recordNote: null,
    };
    await insertStatement(trx, statement);
    await insertStatementVersion(trx, { statementId: statement.id, version: 1, title: statement.title, paragraphs, note: input.note ?? null, createdBy: viewer.userId, createdAt: now });
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.statement.draft', subject: `statement:${statement.id}`, payload: { visibility: statement.visibility, paragraphs: paragraphs.length } });
    return statement;
  });
}
