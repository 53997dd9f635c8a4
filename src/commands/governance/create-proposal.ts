// Members' own motions: change the baseline, re-charter the Platform, change a Platform setting. A member
// representative proposes for their organisation. Admissions and statements have their own way in
// (apply-for-membership.ts, nominate-advisor.ts, statements/propose-adoption.ts).
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { checkChangeList, type BaselineChange } from '../../domain/governance/baseline-changes.js';
import { checkTerm, type CharterTerm } from '../../domain/governance/charter.js';
import { SETTINGS, type SettingKey } from '../../domain/governance/expert-advisors.js';
import type { RequestedRule } from '../../domain/governance/vote-rule.js';
import type { Visibility } from '../../domain/governance/visibility.js';
import { listFrameworks } from '../../db/repositories/frameworks.js';
import { listAllRequirements } from '../../db/repositories/requirements.js';
import { listMappings } from '../../db/repositories/mappings.js';
import type { Proposal } from '../../db/repositories/proposals.js';
import { checkBaselineChangeApplies } from './baseline-change-plan.js';
import type { GovernanceContext } from './context.js';
import { insertNewProposal } from './new-proposal.js';
import { loadViewer, requireMemberRepresentative } from './viewer.js';

export type MotionInput =
  | { kind: 'change-baseline'; payload: { changes: BaselineChange[] } }
  | { kind: 'recharter'; payload: CharterTerm }
  | { kind: 'change-setting'; payload: { setting: SettingKey; value: boolean } };

export type CreateProposalInput = MotionInput & { title: string; body: string; visibility: Visibility; rule?: RequestedRule };

function invalid(message: string, pointer: string): DomainError {
  return new DomainError('validation_failed', message, [{ pointer, message }]);
}

export async function createProposal(ctx: GovernanceContext, actor: Actor, input: CreateProposalInput): Promise<Proposal> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    requireMemberRepresentative(viewer);
    if (input.kind === 'change-baseline') {
      const problems = checkChangeList(input.payload.changes);
      if (problems.length > 0) throw invalid(`The changes cannot be proposed: ${problems[0]}.`, 'body/payload/changes');
      const [frameworks, requirements, mappings] = [await listFrameworks(trx), await listAllRequirements(trx), await listMappings(trx)];
      checkBaselineChangeApplies({ frameworks, requirements, mappings }, input.payload.changes, ctx.clock.now());
    }
    if (input.kind === 'recharter') {
      const problems = checkTerm(input.payload);
      if (problems.length > 0) throw invalid(`The term cannot be proposed: ${problems[0]}.`, 'body/payload');
    }
    if (input.kind === 'change-setting' && !(SETTINGS as readonly string[]).includes(input.payload.setting)) {
      throw invalid(`Unknown setting "${input.payload.setting}".`, 'body/payload/setting');
    }
    return insertNewProposal(trx, ctx, actor, {
      kind: input.kind,
      title: input.title,
      body: input.body,
      visibility: input.visibility,
      rule: input.rule ?? {},
      payload: input.payload as unknown as Record<string, unknown>,
      proposedBy: viewer.userId,
      proposedFor: viewer.organisationId,
    });
  });
}
