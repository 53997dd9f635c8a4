// A message on a case, between the reporter, the manufacturer's PSIRT and coordinators. Messages are kept for
// good (no edits, no deletions: the case history is the record), sealed at rest like the report, and may carry
// attachments under the same limits. The PSIRT and coordinators may write internal messages that the
// reporter does not see.
import { checkAttachments } from '../../domain/disclosure/attachments.js';
import { messageProblems } from '../../domain/disclosure/report.js';
import { DomainError } from '../../domain/errors.js';
import { insertAttachment, type EventVisibility } from '../../db/repositories/disclosure-events.js';
import { appendAudit } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import { newId } from '../accounts/secrets.js';
import { attachmentContentPlace, attachmentNamePlace, type LoadedCase } from './case-access.js';
import { mailAboutCase, type Audience } from './case-mail.js';
import { auditAuthor, recordEvent, type CaseAuthor } from './case-events.js';
import type { DisclosureContext } from './disclosure-context.js';

export interface MessageInput {
  text: string;
  visibility: EventVisibility;
  attachments: { name: string; bytes: Uint8Array }[];
}

export async function postMessage(ctx: DisclosureContext, author: CaseAuthor, loaded: LoadedCase, input: MessageInput, viaLink = false): Promise<{ seq: number }> {
  const problems = messageProblems(input.text);
  const checked = checkAttachments(input.attachments);
  if (!checked.ok) problems.push(...checked.problems);
  if (problems.length > 0) throw new DomainError('validation_failed', `${problems[0]!.pointer} ${problems[0]!.message}`, problems);
  if (input.visibility === 'internal' && author.role === 'reporter') {
    throw new DomainError('forbidden', 'Reporters write to everyone on the case; internal notes are for the manufacturer and coordinators.');
  }
  const files = checked.ok ? checked.value : [];
  const attachmentIds = files.map(() => newId());
  const now = ctx.clock.now().toISOString();
  const { mailIds, seq } = await ctx.store.db.transaction().execute(async (trx) => {
    const event = await recordEvent(trx, ctx, loaded.record.id, { author, kind: 'message', visibility: input.visibility, body: { text: input.text, attachmentIds } });
    for (const [i, a] of files.entries()) {
      const id = attachmentIds[i]!;
      await insertAttachment(trx, {
        id,
        caseId: loaded.record.id,
        eventId: event.id,
        nameSealed: ctx.sealer.seal(a.name, attachmentNamePlace(id)),
        mediaType: a.type,
        size: a.size,
        contentSealed: ctx.sealer.sealBytes(input.attachments[i]!.bytes, attachmentContentPlace(id)),
        createdAt: now,
      });
    }
    await appendAudit(trx, ctx, {
      actor: auditAuthor(author, viaLink),
      action: 'disclosure.case.message',
      subject: `case:${loaded.record.id}`,
      payload: { seq: event.seq, visibility: input.visibility, attachments: files.length },
    });
    const audiences: Audience[] = input.visibility === 'internal' ? ['psirt', 'coordinators'] : ['psirt', 'coordinators', 'reporter'];
    const others = audiences.filter((a) => !(author.role === 'reporter' && a === 'reporter'));
    return { mailIds: await mailAboutCase(trx, ctx, loaded, others, 'there is a new message', author.userId), seq: event.seq };
  });
  await deliverQueued(ctx, mailIds);
  return { seq };
}
