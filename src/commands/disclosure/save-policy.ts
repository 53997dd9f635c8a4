// A manufacturer's editors (or an administrator) publish its disclosure policy; saving again replaces it.
import type { Actor } from '../../domain/access/actor.js';
import { policyProblems, type DisclosurePolicy, type DisclosurePolicyInput } from '../../domain/disclosure/disclosure-policy.js';
import { DomainError } from '../../domain/errors.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findPolicy, savePolicy as storePolicy } from '../../db/repositories/disclosure-policies.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';

export async function savePolicy(ctx: CommandContext, actor: Actor | 'cli', organisationId: string, input: DisclosurePolicyInput): Promise<DisclosurePolicy> {
  const organisation = await findOrganisation(ctx.store.db, organisationId);
  if (!organisation) throw new DomainError('organisation_not_found', `No organisation "${organisationId}".`);
  if (organisation.type !== 'manufacturer') throw new DomainError('validation_failed', 'Only manufacturers publish a disclosure policy here.', [{ pointer: 'params/id', message: 'is not a manufacturer' }]);
  const trimmed: DisclosurePolicyInput = {
    ...input,
    contactEmail: input.contactEmail?.trim() || null,
    contactUrl: input.contactUrl?.trim() || null,
    encryptionUrl: input.encryptionUrl?.trim() || null,
    website: input.website?.trim() || null,
    safeHarbour: input.safeHarbour.trim(),
  };
  const problems = policyProblems(trimmed);
  if (problems.length > 0) throw new DomainError('validation_failed', `${problems[0]!.pointer} ${problems[0]!.message}`, problems);
  const policy: DisclosurePolicy = { ...trimmed, organisationId, updatedAt: ctx.clock.now().toISOString() };
  const before = await findPolicy(ctx.store.db, organisationId);
  await ctx.store.db.transaction().execute(async (trx) => {
    await storePolicy(trx, policy);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: before ? 'disclosure.policy.update' : 'disclosure.policy.create',
      subject: `organisation:${organisationId}`,
      payload: { languages: policy.languages, acknowledgementDays: policy.acknowledgementDays, assessmentDays: policy.assessmentDays, listCsaf: policy.listCsaf },
    });
  });
  return policy;
}
