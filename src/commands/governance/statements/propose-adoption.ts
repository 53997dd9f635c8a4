// Putting a draft to the vote: an adopt-statement proposal on its current version, which freezes the draft
// until the vote ends (adopted, or back to drafting).
import type { Actor } from '../../../domain/access/actor.js';
import { DomainError } from '../../../domain/errors.js';
import { canPutToVote } from '../../../domain/governance/statements.js';
import type { RequestedRule } from '../../../domain/governance/vote-rule.js';
import { canSee } from '../../../domain/governance/visibility.js';
import { findStatement, saveStatement } from '../../../db/repositories/statements.js';
import type { Proposal } from '../../../db/repositories/proposals.js';
import type { CommandContext } from '../../context.js';
import { insertNewProposal } from '../new-proposal.js';
import { loadViewer, requireMemberRepresentative } from '../viewer.js';

export async function proposeAdoption(ctx: CommandContext, actor: Actor, statementId: string, input: { body?: string; rule?: RequestedRule }): Promise<Proposal> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    const statement = await findStatement(trx, statementId);
    if (!statement || !canSee(viewer, statement.visibility)) throw new DomainError('statement_not_found', `No statement "${statementId}".`);
    requireMemberRepresentative(viewer);
    if (!canPutToVote(statement.status)) throw new DomainError('conflict', `The statement is ${statement.status}; only a draft is put to a vote.`);
    const proposal = await insertNewProposal(trx, ctx, actor, {
      kind: 'adopt-statement',
      title: `Adopt the statement "${statement.title}" (version ${statement.currentVersion})`,
      body: input.body ?? '',
      visibility: statement.visibility,
      rule: input.rule ?? {},
      payload: { statementId: statement.id, version: statement.currentVersion },
      proposedBy: viewer.userId,
      proposedFor: viewer.organisationId,
    });
    await saveStatement(trx, { ...statement, status: 'voting', proposalId: proposal.id });
    return proposal;
  });
}
