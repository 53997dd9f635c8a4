// How a manufacturer designates its PSIRT: its editors (or an administrator) name users of the manufacturer's
// own organisation, on its disclosure page. Only these users read the manufacturer's cases; being a
// manufacturer editor alone does not let anyone read a report. Removing a member takes effect at once.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { addPsirtMember, removePsirtMember } from '../../db/repositories/disclosure-policies.js';
import { findUser } from '../../db/repositories/users.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';

export async function designatePsirtMember(ctx: CommandContext, actor: Actor | 'cli', organisationId: string, userId: string): Promise<void> {
  const user = await findUser(ctx.store.db, userId);
  if (!user || user.status !== 'active') throw new DomainError('user_not_found', 'No such active user.');
  if (user.organisationId !== organisationId) {
    throw new DomainError('validation_failed', "PSIRT members are users of the manufacturer's own organisation.", [{ pointer: 'body/userId', message: 'is not in this organisation' }]);
  }
  await ctx.store.db.transaction().execute(async (trx) => {
    const added = await addPsirtMember(trx, { organisationId, userId, addedBy: auditActor(actor), addedAt: ctx.clock.now().toISOString() });
    if (!added) throw new DomainError('already_exists', 'This user is already on the PSIRT.');
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'disclosure.psirt.add', subject: `organisation:${organisationId}`, payload: { user: `user:${userId}` } });
  });
}

export async function removeFromPsirt(ctx: CommandContext, actor: Actor | 'cli', organisationId: string, userId: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await removePsirtMember(trx, organisationId, userId))) throw new DomainError('user_not_found', 'This user is not on the PSIRT.');
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'disclosure.psirt.remove', subject: `organisation:${organisationId}`, payload: { user: `user:${userId}` } });
  });
}
