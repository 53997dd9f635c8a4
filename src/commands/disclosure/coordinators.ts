// Coordinators on a case: users of csirt-psirt organisations. The PSIRT or a coordinator already on the case
// invites one; a CSIRT user may also join a case on their own once one of its deadlines has passed (the
// overdue list is where they find it), so an unresponsive manufacturer cannot keep coordinators out.
import { DomainError } from '../../domain/errors.js';
import { addCoordinator } from '../../db/repositories/disclosure-cases.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findUser } from '../../db/repositories/users.js';
import { appendAudit } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import type { LoadedCase } from './case-access.js';
import { mailAboutCase } from './case-mail.js';
import { auditAuthor, recordEvent, type CaseAuthor } from './case-events.js';
import type { DisclosureContext } from './disclosure-context.js';

async function assertCoordinatorCandidate(ctx: DisclosureContext, userId: string): Promise<{ name: string; organisation: string }> {
  const user = await findUser(ctx.store.db, userId);
  const organisation = user?.organisationId ? await findOrganisation(ctx.store.db, user.organisationId) : undefined;
  if (!user || user.status !== 'active') throw new DomainError('user_not_found', 'No such active user.');
  if (organisation?.type !== 'csirt-psirt') throw new DomainError('validation_failed', 'Coordinators are users of CSIRT/PSIRT organisations.', [{ pointer: 'body/userId', message: 'is not in a CSIRT/PSIRT organisation' }]);
  return { name: user.displayName ?? '', organisation: organisation.name };
}

async function add(ctx: DisclosureContext, author: CaseAuthor, loaded: LoadedCase, userId: string, joined: boolean): Promise<void> {
  if (loaded.coordinatorUserIds.includes(userId)) throw new DomainError('already_exists', 'This user already coordinates the case.');
  const who = await assertCoordinatorCandidate(ctx, userId);
  const now = ctx.clock.now().toISOString();
  const withCoordinator = { ...loaded, coordinatorUserIds: [...loaded.coordinatorUserIds, userId] };
  const mailIds = await ctx.store.db.transaction().execute(async (trx) => {
    await addCoordinator(trx, { caseId: loaded.record.id, userId, addedBy: author.userId ?? 'system', addedAt: now });
    await recordEvent(trx, ctx, loaded.record.id, { author, kind: 'coordinator-added', visibility: 'all', body: { userId, name: who.name, organisation: who.organisation, joined } });
    await appendAudit(trx, ctx, { actor: auditAuthor(author), action: joined ? 'disclosure.case.join' : 'disclosure.case.invite', subject: `case:${loaded.record.id}`, payload: { coordinator: `user:${userId}` } });
    return mailAboutCase(trx, ctx, withCoordinator, ['psirt', 'coordinators', 'reporter'], `${who.organisation} now coordinates the case`, author.userId);
  });
  await deliverQueued(ctx, mailIds);
}

export function inviteCoordinator(ctx: DisclosureContext, author: CaseAuthor, loaded: LoadedCase, userId: string): Promise<void> {
  return add(ctx, author, loaded, userId, false);
}

export function joinCase(ctx: DisclosureContext, userId: string, loaded: LoadedCase): Promise<void> {
  return add(ctx, { role: 'coordinator', userId }, loaded, userId, true);
}
