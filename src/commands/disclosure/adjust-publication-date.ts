// Moving the coordinated publication date (90 days after receipt by default), earlier or later, always with a
// reason that stays in the case history. Reminders and the alert are then scheduled for the new date.
import { publicationAdjustmentRefusal } from '../../domain/disclosure/deadlines.js';
import { DomainError } from '../../domain/errors.js';
import { updateCase, type StoredCase } from '../../db/repositories/disclosure-cases.js';
import { appendAudit } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import type { LoadedCase } from './case-access.js';
import { mailAboutCase } from './case-mail.js';
import { auditAuthor, recordEvent, type CaseAuthor } from './case-events.js';
import type { DisclosureContext } from './disclosure-context.js';

export async function adjustPublicationDate(ctx: DisclosureContext, author: CaseAuthor, loaded: LoadedCase, input: { date: string; reason: string }): Promise<StoredCase> {
  const before = loaded.record;
  const now = ctx.clock.now();
  const newDate = new Date(input.date);
  if (Number.isNaN(newDate.getTime())) throw new DomainError('validation_failed', 'body/date is not a date', [{ pointer: 'body/date', message: 'is not a date' }]);
  const refusal = publicationAdjustmentRefusal({ receivedAt: before.receivedAt, state: before.state, newDate, reason: input.reason, now });
  if (refusal) throw new DomainError('validation_failed', refusal, [{ pointer: refusal.includes('reason') ? 'body/reason' : 'body/date', message: refusal }]);
  const next: StoredCase = { ...before, publicationDueAt: newDate.toISOString(), updatedAt: now.toISOString() };
  const mailIds = await ctx.store.db.transaction().execute(async (trx) => {
    await updateCase(trx, next);
    await recordEvent(trx, ctx, before.id, {
      author,
      kind: 'publication-date',
      visibility: 'all',
      body: { from: before.publicationDueAt, to: next.publicationDueAt, reason: input.reason.trim() },
    });
    await appendAudit(trx, ctx, {
      actor: auditAuthor(author),
      action: 'disclosure.case.publication-date',
      subject: `case:${before.id}`,
      payload: { from: before.publicationDueAt, to: next.publicationDueAt },
    });
    return mailAboutCase(trx, ctx, { ...loaded, record: next }, ['psirt', 'coordinators', 'reporter'], `the coordinated publication date moved to ${next.publicationDueAt.slice(0, 10)}`, author.userId);
  });
  await deliverQueued(ctx, mailIds);
  return next;
}
