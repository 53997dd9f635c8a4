// Intake: anyone, signed in or not, reports a vulnerability in a registered product. The report's contents and
// attachments are sealed before they are stored; the reporter gets a tracking id and a private link holding a
// 256-bit token of which only the SHA-256 is kept. The manufacturer's PSIRT is told (without details) that a
// report waits, and the acknowledgement and publication deadlines start.
//
// Abuse resistance: a spam-trap field that people never fill, per-address (anonymous) or per-account limits
// kept in the database (so they hold across restarts and server processes), size and type limits on
// attachments, and the route's own request rate limit.
import type { Actor } from '../../domain/access/actor.js';
import type { BackoffPolicy } from '../../domain/accounts/backoff.js';
import { checkAttachments, type AttachmentCandidate } from '../../domain/disclosure/attachments.js';
import { DEFAULT_ACKNOWLEDGEMENT_DAYS, initialDeadlines } from '../../domain/disclosure/deadlines.js';
import { reportProblems, type ReportContent } from '../../domain/disclosure/report.js';
import { caseTrackingId } from '../../domain/disclosure/tracking-id.js';
import { DomainError } from '../../domain/errors.js';
import { findCaseByTrackingId, insertCase, type StoredCase } from '../../db/repositories/disclosure-cases.js';
import { appendEvent, insertAttachment } from '../../db/repositories/disclosure-events.js';
import { findPolicy } from '../../db/repositories/disclosure-policies.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { randomBytes } from 'node:crypto';
import { appendAudit, auditActor } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import { hashSecret, newId, randomSecret } from '../accounts/secrets.js';
import { assertNotLocked, recordFailure, type ThrottleKey } from '../accounts/throttle.js';
import { attachmentContentPlace, attachmentNamePlace, eventPlace, participantsOf, sealContent } from './case-access.js';
import { mailAboutCase } from './case-mail.js';
import type { DisclosureContext } from './disclosure-context.js';

export interface ReportInput extends ReportContent {
  productId: string;
  attachments: { name: string; bytes: Uint8Array }[];
  /** The spam trap: a hidden form field that must stay empty. */
  trap?: string;
}

export interface FiledReport {
  caseId: string;
  trackingId: string;
  /** The private link's token: shown once, never stored. */
  token: string;
  followUrl: string;
}

/** Anonymous reports: five a day from one address freely, then a doubling wait from 15 minutes. */
export const ANONYMOUS_INTAKE: BackoffPolicy = { freeFailures: 5, baseMs: 15 * 60_000, maxMs: 24 * 60 * 60_000, forgetAfterMs: 24 * 60 * 60_000 };
/** Signed-in reporters are known, so they get more room. */
export const ACCOUNT_INTAKE: BackoffPolicy = { freeFailures: 20, baseMs: 5 * 60_000, maxMs: 6 * 60 * 60_000, forgetAfterMs: 24 * 60 * 60_000 };

export function intakeKeys(actor: Actor, address: string): ThrottleKey[] {
  return actor.kind === 'user'
    ? [{ key: `disclosure-intake:user:${actor.userId}`, policy: ACCOUNT_INTAKE }]
    : [{ key: `disclosure-intake:address:${address}`, policy: ANONYMOUS_INTAKE }];
}

export function followUrl(publicUrl: string, token: string): string {
  // In the fragment: browsers send neither it nor the page's fragment in requests or Referer headers.
  return `${publicUrl}/disclosure/follow#${token}`;
}

export async function fileReport(ctx: DisclosureContext, actor: Actor, input: ReportInput, address: string): Promise<FiledReport> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const keys = intakeKeys(actor, address);
  await assertNotLocked(db, keys, now);
  if (input.trap) throw new DomainError('validation_failed', 'The report could not be accepted.', [{ pointer: 'body/homepage', message: 'must be empty' }]);

  const content: ReportContent = {
    title: input.title.trim(),
    description: input.description,
    affectedVersions: input.affectedVersions,
    steps: input.steps,
    reporterName: input.reporterName?.trim() || null,
    reporterEmail: input.reporterEmail?.trim() || null,
    credit: input.credit?.trim() || null,
  };
  const problems = reportProblems(content);
  const files: AttachmentCandidate[] = input.attachments;
  const checked = checkAttachments(files);
  if (!checked.ok) problems.push(...checked.problems);
  if (problems.length > 0) throw new DomainError('validation_failed', `${problems[0]!.pointer} ${problems[0]!.message}`, problems);

  const product = await ctx.products.findProduct(input.productId);
  if (!product) throw new DomainError('product_not_registered', 'No such product in the registry; choose a registered product.');
  const manufacturer = await findOrganisation(db, product.manufacturerId);
  if (!manufacturer) throw new DomainError('product_not_registered', "The product's manufacturer is not on the Platform.");
  const policy = await findPolicy(db, manufacturer.id);

  let trackingId = caseTrackingId(randomBytes(8));
  while (await findCaseByTrackingId(db, trackingId)) trackingId = caseTrackingId(randomBytes(8));
  const token = randomSecret(32);
  const id = newId();
  const record: StoredCase = {
    id,
    trackingId,
    tokenHash: hashSecret(token),
    manufacturerId: manufacturer.id,
    productId: product.id,
    productName: product.name,
    reporterUserId: actor.kind === 'user' ? actor.userId : null,
    state: 'received',
    receivedAt: now.toISOString(),
    ...initialDeadlines(now, policy?.acknowledgementDays ?? DEFAULT_ACKNOWLEDGEMENT_DAYS),
    scores: [],
    cve: null,
    duplicateOf: null,
    affectedReleaseIds: [],
    fixedReleaseIds: [],
    advisoryId: null,
    contentSealed: sealContent(ctx.sealer, id, content),
    updatedAt: now.toISOString(),
  };

  const mailIds = await db.transaction().execute(async (trx) => {
    await insertCase(trx, record);
    const eventId = newId();
    const attachmentIds = checked.ok ? checked.value.map(() => newId()) : [];
    await appendEvent(trx, {
      id: eventId,
      caseId: id,
      at: record.receivedAt,
      authorRole: 'reporter',
      authorUserId: record.reporterUserId,
      kind: 'received',
      visibility: 'all',
      bodySealed: ctx.sealer.seal(JSON.stringify({ attachmentIds }), eventPlace(eventId)),
    });
    if (checked.ok) {
      for (const [i, a] of checked.value.entries()) {
        const attachmentId = attachmentIds[i]!;
        await insertAttachment(trx, {
          id: attachmentId,
          caseId: id,
          eventId,
          nameSealed: ctx.sealer.seal(a.name, attachmentNamePlace(attachmentId)),
          mediaType: a.type,
          size: a.size,
          contentSealed: ctx.sealer.sealBytes(files[i]!.bytes, attachmentContentPlace(attachmentId)),
          createdAt: record.receivedAt,
        });
      }
    }
    await recordFailure(trx, keys, now);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: 'disclosure.case.file',
      subject: `case:${id}`,
      payload: { trackingId, manufacturerId: manufacturer.id, productId: product.id, attachments: attachmentIds.length },
    });
    const loaded = await participantsOf(trx, record, now);
    return [
      ...(await mailAboutCase(trx, ctx, loaded, ['psirt'], 'a new vulnerability report was received')),
      ...(await mailAboutCase(trx, ctx, loaded, ['reporter'], 'your report was received')),
    ];
  });
  await deliverQueued(ctx, mailIds);
  return { caseId: id, trackingId, token, followUrl: followUrl(ctx.publicUrl, token) };
}
