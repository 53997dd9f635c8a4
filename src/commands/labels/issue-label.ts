// A manufacturer editor issues a label for one release of their product, from its current assessment: the
// claims are the assessment's verdicts (those of the frameworks named, or every framework the release conforms
// to), assessed by the manufacturer's own declaration, so "self-declared". The label is signed with the
// platform's current key and stored as issued. In the same transaction it supersedes the product's labels for
// the same or older releases; a label issued for an older release than one already labelled is itself
// superseded at once (its page then points to the newer label).
import { randomBytes } from 'node:crypto';
import { can } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import { labelIdFrom } from '../../domain/labels/label-id.js';
import { buildLabelPayload, type ConformanceClaim } from '../../domain/labels/payload.js';
import type { LabelRecord } from '../../domain/labels/label-record.js';
import { FRESH_STATE } from '../../domain/labels/status.js';
import { findProduct, findRelease, listReleases } from '../../db/repositories/products.js';
import { currentLabelsOfProduct, findLabel, insertLabel, markSuperseded } from '../../db/repositories/labels.js';
import { signLabel } from '../../labels-crypto/sign-label.js';
import { appendAudit, auditActor } from '../audit.js';
import { currentAssessment } from '../assessments/current-assessment.js';
import { manufacturerName } from '../declarations/compose.js';
import { keysOrThrow, type LabelActor, type LabelContext } from './label-context.js';

export interface IssueLabelInput {
  releaseId: string;
  /** Framework ids to claim; absent or empty: every framework the release conforms to. */
  frameworks?: string[];
  /** An earlier end of the label's validity than the end of support (YYYY-MM-DD). */
  validUntil?: string | null;
}

export async function issueLabel(ctx: LabelContext, actor: LabelActor, input: IssueLabelInput): Promise<LabelRecord> {
  const keys = keysOrThrow(ctx);
  const db = ctx.store.db;
  const release = await findRelease(db, input.releaseId);
  const product = release ? await findProduct(db, release.productId) : undefined;
  // A release the caller may not see is "not found", as everywhere for products (their existence is private).
  if (!release || !product || (actor !== 'cli' && !can(actor, 'products.read', product))) throw new DomainError('release_not_found', `No release "${input.releaseId}".`);
  if (actor !== 'cli' && !can(actor, 'labels.issue', { organisationId: product.organisationId })) {
    throw new DomainError('forbidden', "Only the manufacturer's editors issue labels for its products.");
  }

  const { report, record } = await currentAssessment(ctx, product, release, { detail: 'summary' });
  const wanted = input.frameworks && input.frameworks.length > 0 ? input.frameworks : report.frameworks.filter((f) => f.verdict === 'conforms').map((f) => f.framework);
  const unknown = wanted.filter((id) => !report.frameworks.some((f) => f.framework === id));
  if (unknown.length > 0) {
    throw new DomainError('validation_failed', 'A label can only claim frameworks the release was assessed against.', unknown.map((id) => ({ pointer: 'body/frameworks', message: `${id} is not in the assessment`, hint: `assessed: ${report.frameworks.map((f) => f.framework).join(', ')}` })));
  }
  const assessedAt = record.computedAt.slice(0, 10);
  const conformance: ConformanceClaim[] = report.frameworks
    .filter((f) => wanted.includes(f.framework))
    .map((f) => ({ framework: f.framework, frameworkName: f.shortName, frameworkVersion: f.version, verdict: f.verdict, assessmentType: 'self-declared', assessedAt }));

  const now = ctx.clock.now();
  const payload = buildLabelPayload(
    {
      id: labelIdFrom(randomBytes(10)),
      issuer: ctx.publicUrl,
      manufacturer: { id: product.organisationId, name: (await manufacturerName(ctx, product)) ?? product.organisationId },
      product: { id: product.id, name: product.name, model: product.model, category: product.category },
      release: { id: release.id, version: release.version },
      supportEnd: release.supportEnd,
      updateMechanism: release.updateMechanism,
      disclosureContact: release.disclosureContact,
      passwords: release.passwords,
      dataPractices: (release.dataPractices ?? []).map((d) => ({ data: d.data, purpose: d.purpose, sharedWith: d.sharedWith })),
      conformance,
      validUntil: input.validUntil ?? null,
    },
    now,
  );
  const key = await keys.signingKey();
  const label: LabelRecord = { id: payload.jti, jws: await signLabel(payload, key), kid: key.kid, payload, issuedBy: auditActor(actor), withdrawnBy: null, state: FRESH_STATE };

  const order = (await listReleases(db, [product.id])).map((r) => r.id); // newest first
  const rank = (releaseId: string) => order.indexOf(releaseId);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertLabel(trx, label);
    const others = (await currentLabelsOfProduct(trx, product.id)).filter((l) => l.id !== label.id);
    const replaced = others.filter((l) => rank(l.releaseId) >= rank(release.id)).map((l) => l.id);
    await markSuperseded(trx, replaced, label.id, at);
    // Labels of newer releases stay current; the newest of them replaces this one straight away.
    const newer = others.filter((l) => rank(l.releaseId) < rank(release.id)).sort((a, b) => rank(a.releaseId) - rank(b.releaseId) || b.issuedAt.localeCompare(a.issuedAt));
    if (newer[0]) await markSuperseded(trx, [label.id], newer[0].id, at);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: 'label.issue',
      subject: `label:${label.id}`,
      payload: { release: release.id, product: product.id, kid: key.kid, expires: new Date(payload.exp * 1000).toISOString(), claims: conformance.map((c) => `${c.framework}:${c.verdict}`), supersedes: replaced, supersededBy: newer[0]?.id ?? null },
    });
  });
  return (await findLabel(db, label.id))!;
}
