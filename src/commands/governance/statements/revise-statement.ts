// A new version of a draft: every earlier version is kept, and paragraphs keep their ids (a paragraph sent
// with the id of one in the current version is that paragraph revised), so comments stay attached.
import type { Actor } from '../../../domain/access/actor.js';
import { DomainError } from '../../../domain/errors.js';
import { canRevise, reviseParagraphs } from '../../../domain/governance/statements.js';
import { canSee } from '../../../domain/governance/visibility.js';
import { findStatement, insertStatementVersion, listStatementVersions, saveStatement, type StatementVersion } from '../../../db/repositories/statements.js';
import { appendAudit, auditActor } from '../../audit.js';
import type { CommandContext } from '../../context.js';
import { loadViewer, requireMemberRepresentative } from '../viewer.js';
import { invalidParagraphs } from './draft-statement.js';

export interface RevisionInput {
  title?: string;
  paragraphs: { id?: string | null; text: string }[];
  note?: string | null;
  /** The version the revision was made from: a revision of an older version is refused, not merged. */
  baseVersion: number;
}

export async function reviseStatement(ctx: CommandContext, actor: Actor, statementId: string, input: RevisionInput): Promise<StatementVersion> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    const statement = await findStatement(trx, statementId);
    if (!statement || !canSee(viewer, statement.visibility)) throw new DomainError('statement_not_found', `No statement "${statementId}".`);
    requireMemberRepresentative(viewer);
    if (!canRevise(statement.status)) throw new DomainError('conflict', `The statement is ${statement.status}; only a draft is revised (the text voted on is the text adopted).`);
    if (input.baseVersion !== statement.currentVersion) {
      throw new DomainError('conflict', `Version ${statement.currentVersion} was saved since you started from version ${input.baseVersion}; revise the current version.`);
    }
    const versions = await listStatementVersions(trx, statement.id);
    const current = versions.find((v) => v.version === statement.currentVersion)!;
    const used = versions.flatMap((v) => v.paragraphs.map((p) => p.id));
    const { paragraphs, problems } = reviseParagraphs(current.paragraphs, used, input.paragraphs);
    if (problems.length > 0) throw invalidParagraphs(problems);
    const version: StatementVersion = {
      statementId: statement.id,
      version: statement.currentVersion + 1,
      title: (input.title ?? current.title).trim(),
      paragraphs,
      note: input.note ?? null,
      createdBy: viewer.userId,
      createdAt: ctx.clock.now().toISOString(),
    };
    await insertStatementVersion(trx, version);
    await saveStatement(trx, { ...statement, title: version.title, currentVersion: version.version });
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.statement.revise', subject: `statement:${statement.id}`, payload: { version: version.version } });
    return version;
  });
}
