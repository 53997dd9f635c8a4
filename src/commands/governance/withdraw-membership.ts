// A member leaves the Platform: by its own representative's decision, or recorded by an administrator. Its
// place in the electorates of votes already open stays (they are fixed at opening); it takes part in no new
// vote and its people lose members' access at once.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { endMembership, findCurrentMembership, type Membership } from '../../db/repositories/memberships.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';

export async function withdrawMembership(ctx: CommandContext, actor: Actor | 'cli', organisationId: string, note: string): Promise<Membership> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const membership = await findCurrentMembership(trx, organisationId);
    if (!membership) throw new DomainError('organisation_not_found', `Organisation "${organisationId}" is not a member.`);
    const at = ctx.clock.now().toISOString();
    await endMembership(trx, membership.id, at, note.trim());
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'governance.member.withdraw', subject: `organisation:${organisationId}`, payload: { membershipId: membership.id } });
    return { ...membership, endedAt: at, endNote: note.trim() };
  });
}
