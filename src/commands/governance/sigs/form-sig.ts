// A member's representative forms a special interest group on a focus area (seed 002); their organisation is
// its first participant. Each group defines its own working method and targets.
import type { Actor } from '../../../domain/access/actor.js';
import { DomainError } from '../../../domain/errors.js';
import { checkTargets, type FocusArea, type Target } from '../../../domain/governance/special-interest-groups.js';
import { canSee, type Visibility } from '../../../domain/governance/visibility.js';
import { insertSig, insertSigParticipant, type SpecialInterestGroup } from '../../../db/repositories/special-interest-groups.js';
import { appendAudit, auditActor } from '../../audit.js';
import { newId } from '../../accounts/secrets.js';
import type { CommandContext } from '../../context.js';
import { loadViewer, requireMemberRepresentative } from '../viewer.js';

export interface SigInput {
  name: string;
  focusArea: FocusArea;
  description: string;
  workingMethod: string;
  targets: Target[];
  visibility: Visibility;
}

export function assertTargets(targets: Target[]): void {
  const problems = checkTargets(targets);
  if (problems.length > 0) throw new DomainError('validation_failed', `The targets cannot be saved: ${problems[0]}.`, problems.map((p) => ({ pointer: 'body/targets', message: p })));
}

export async function formSig(ctx: CommandContext, actor: Actor, input: SigInput): Promise<SpecialInterestGroup> {
  assertTargets(input.targets);
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    requireMemberRepresentative(viewer);
    if (!canSee(viewer, input.visibility)) throw new DomainError('forbidden', 'Only government members form a governments-only group.');
    const now = ctx.clock.now().toISOString();
    const group: SpecialInterestGroup = {
      id: newId(),
      name: input.name.trim(),
      focusArea: input.focusArea,
      description: input.description.trim(),
      workingMethod: input.workingMethod.trim(),
      targets: input.targets.map((t) => ({ text: t.text.trim(), due: t.due })),
      visibility: input.visibility,
      createdBy: viewer.userId,
      createdAt: now,
      updatedAt: now,
    };
    await insertSig(trx, group);
    await insertSigParticipant(trx, group.id, { kind: 'organisation', id: viewer.organisationId, joinedAt: now });
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.sig.form', subject: `sig:${group.id}`, payload: { focusArea: group.focusArea, visibility: group.visibility } });
    return group;
  });
}
