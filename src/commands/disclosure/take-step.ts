// The PSIRT moves a case along: acknowledge, triage (CVSS vectors scored here, never typed; affected releases;
// a CVE when known), start the fix, mark it fixed (with the fixed releases), close it as not reproducible or a
// duplicate, or reopen it. The state machine in src/domain/disclosure/case-state.ts decides what is allowed.
// Publishing is its own command (publish-advisory.ts).
import { applyStep, type CaseStep } from '../../domain/disclosure/case-state.js';
import type { CvssScore } from '../../domain/disclosure/cvss/cvss-score.js';
import { isPublicationDue } from '../../domain/disclosure/deadlines.js';
import { isCaseTrackingId } from '../../domain/disclosure/tracking-id.js';
import { DomainError } from '../../domain/errors.js';
import { updateCase, type StoredCase } from '../../db/repositories/disclosure-cases.js';
import { appendAudit } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import { scoreVector } from './cvss-scorer.js';
import type { LoadedCase } from './case-access.js';
import { mailAboutCase } from './case-mail.js';
import { auditAuthor, recordEvent, type CaseAuthor } from './case-events.js';
import type { DisclosureContext } from './disclosure-context.js';

export type ManualStep = Exclude<CaseStep, 'publish'>;

export interface StepInput {
  step: ManualStep;
  note?: string;
  /** triage: CVSS v3.1 and/or v4.0 vectors (one per version). */
  vectors?: string[];
  /** triage: the CVE id, when one is assigned (null clears it). */
  cve?: string | null;
  /** triage or mark-fixed: the product's releases the vulnerability affects. */
  affectedReleaseIds?: string[];
  /** mark-fixed: the releases that fix it. */
  fixedReleaseIds?: string[];
  /** close-duplicate: the tracking id of the case it duplicates. */
  duplicateOf?: string;
}

function fail(pointer: string, message: string): never {
  throw new DomainError('validation_failed', `${pointer} ${message}`, [{ pointer, message }]);
}

function scoresFrom(vectors: string[]): CvssScore[] {
  const scores: CvssScore[] = [];
  vectors.forEach((v, i) => {
    const s = scoreVector(v);
    if (!s.ok) fail(`body/vectors/${i}`, s.error);
    if (scores.some((x) => x.version === s.value.version)) fail(`body/vectors/${i}`, `gives a second CVSS ${s.value.version} vector`);
    scores.push(s.value);
  });
  return scores;
}

export async function takeStep(ctx: DisclosureContext, author: CaseAuthor, loaded: LoadedCase, input: StepInput): Promise<StoredCase> {
  const before = loaded.record;
  const now = ctx.clock.now();
  const publicationDue = isPublicationDue(before, now);
  // The state machine first: a step that cannot be taken now is refused whatever its details.
  const allowed = applyStep(before.state, input.step, { scored: before.scores.length > 0 || input.step === 'triage', publicationDue });
  if (!allowed.ok) throw new DomainError('step_not_allowed', allowed.reason);
  const next: StoredCase = { ...before, updatedAt: now.toISOString() };
  const product = await ctx.products.findProduct(before.productId);
  const releaseIds = new Set(product?.releases.map((r) => r.id) ?? []);
  const checkReleases = (field: 'affectedReleaseIds' | 'fixedReleaseIds', ids: string[]) => {
    ids.forEach((id, i) => {
      if (!releaseIds.has(id)) fail(`body/${field}/${i}`, `is not a release of ${before.productName}`);
    });
    return [...new Set(ids)];
  };

  if (input.step === 'triage') {
    if (input.vectors && input.vectors.length > 0) next.scores = scoresFrom(input.vectors);
    else if (before.scores.length === 0) fail('body/vectors', 'give a CVSS v3.1 or v4.0 vector to triage');
    if (input.cve !== undefined) {
      if (input.cve !== null && !/^CVE-\d{4}-\d{4,}$/.test(input.cve)) fail('body/cve', 'looks like CVE-2026-12345');
      next.cve = input.cve;
    }
  }
  if (input.affectedReleaseIds && (input.step === 'triage' || input.step === 'mark-fixed')) next.affectedReleaseIds = checkReleases('affectedReleaseIds', input.affectedReleaseIds);
  if (input.step === 'mark-fixed') {
    if (!input.fixedReleaseIds || input.fixedReleaseIds.length === 0) fail('body/fixedReleaseIds', 'name the release that fixes it');
    next.fixedReleaseIds = checkReleases('fixedReleaseIds', input.fixedReleaseIds);
    if (next.affectedReleaseIds.length === 0) fail('body/affectedReleaseIds', 'name the affected releases');
    if (next.fixedReleaseIds.some((id) => next.affectedReleaseIds.includes(id))) fail('body/fixedReleaseIds', 'a release cannot be both affected and fixed');
  }
  if (input.step === 'close-duplicate') {
    if (!input.duplicateOf || !isCaseTrackingId(input.duplicateOf) || input.duplicateOf === before.trackingId) fail('body/duplicateOf', 'give the tracking id of the other case (VR-XXXX-XXXX)');
    next.duplicateOf = input.duplicateOf;
  }
  if ((input.step === 'close-not-reproducible' || input.step === 'reopen') && (input.note ?? '').trim().length < 10) {
    fail('body/note', 'say why, in at least 10 characters (the reporter reads it)');
  }

  const result = applyStep(before.state, input.step, { scored: next.scores.length > 0, publicationDue });
  if (!result.ok) throw new DomainError('step_not_allowed', result.reason);
  next.state = result.state;
  if (input.step === 'reopen') next.duplicateOf = null;

  const mailIds = await ctx.store.db.transaction().execute(async (trx) => {
    await updateCase(trx, next);
    await recordEvent(trx, ctx, before.id, {
      author,
      kind: 'step',
      visibility: 'all',
      body: {
        step: input.step,
        from: before.state,
        to: next.state,
        note: input.note?.trim() || null,
        ...(input.step === 'triage' ? { scores: next.scores, cve: next.cve } : {}),
        ...(input.affectedReleaseIds ? { affectedReleaseIds: next.affectedReleaseIds } : {}),
        ...(input.step === 'mark-fixed' ? { fixedReleaseIds: next.fixedReleaseIds } : {}),
        ...(input.step === 'close-duplicate' ? { duplicateOf: next.duplicateOf } : {}),
      },
    });
    await appendAudit(trx, ctx, { actor: auditAuthor(author), action: 'disclosure.case.step', subject: `case:${before.id}`, payload: { step: input.step, from: before.state, to: next.state } });
    const what = before.state === next.state ? `the case was updated (${input.step})` : `the case is now ${next.state}`;
    return mailAboutCase(trx, ctx, { ...loaded, record: next }, ['psirt', 'coordinators', 'reporter'], what, author.userId);
  });
  await deliverQueued(ctx, mailIds);
  return next;
}
