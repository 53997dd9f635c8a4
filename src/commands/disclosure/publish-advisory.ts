// A case becomes a public CSAF 2.0 advisory: the PSIRT (or, once the coordinated publication date has passed, a
// coordinator) writes the public title, summary and description and the remediations; the product tree comes
// from the registry's product and releases, the scores and CVE from the triage, the credit from the reporter's
// wish. The document is checked against the OASIS schema before anything is stored; the case becomes
// published and its advisory is served in the CSAF provider layout (/.well-known/csaf/).
import { applyStep } from '../../domain/disclosure/case-state.js';
import { buildAdvisoryDocument, advisoryProblems, type AdvisoryInput, type Remediation, type Revision } from '../../domain/disclosure/csaf/advisory-document.js';
import { cweById } from '../../domain/disclosure/csaf/cwe.js';
import { severityOf } from '../../domain/disclosure/cvss/cvss-vector.js';
import { isPublicationDue } from '../../domain/disclosure/deadlines.js';
import { advisoryTrackingId } from '../../domain/disclosure/tracking-id.js';
import { DomainError } from '../../domain/errors.js';
import { updateCase, type StoredCase } from '../../db/repositories/disclosure-cases.js';
import { insertAdvisory, nextAdvisorySequence, type StoredAdvisory } from '../../db/repositories/disclosure-advisories.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { validateCsafAdvisory } from '../../validation/csaf.js';
import { appendAudit } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import { openContent, type LoadedCase } from './case-access.js';
import { mailAboutCase } from './case-mail.js';
import { auditAuthor, recordEvent, type CaseAuthor } from './case-events.js';
import { advisoryUrl } from './case-views.js';
import { platformPublisher, type DisclosureContext } from './disclosure-context.js';
import type { RegisteredProduct } from './product-registry.js';

export const GENERATOR = { name: 'iotspp', version: '0.1.0' };

export interface PublishInput {
  title: string;
  summary: string;
  description: string;
  /** A CWE id from the Platform's list (src/domain/disclosure/csaf/cwe.ts), or null. */
  cwe: string | null;
  remediations: Remediation[];
  /** Credit the reporter under the name they asked for (if they asked for credit). */
  creditReporter: boolean;
}

export interface AdvisoryParts {
  record: StoredCase;
  title: string;
  summary: string;
  description: string;
  cwe: { id: string; name: string } | null;
  acknowledgments: string[];
  remediations: Remediation[];
  revisions: Revision[];
  trackingId: string;
  initialReleaseDate: string;
}

/** What the advisory takes from the registry: the product with its releases, and the manufacturer's name. */
export interface RegistryFacts {
  product: RegisteredProduct;
  manufacturerName: string;
}

/** Read before the publishing transaction: SQLite has one connection, which the transaction holds. */
export async function registryFacts(ctx: DisclosureContext, record: StoredCase): Promise<RegistryFacts> {
  const product = await ctx.products.findProduct(record.productId);
  if (!product) throw new DomainError('product_not_registered', 'The product is no longer in the registry.');
  const manufacturer = await findOrganisation(ctx.store.db, record.manufacturerId);
  return { product, manufacturerName: manufacturer?.name ?? 'Unknown manufacturer' };
}

/** The CSAF input of a case's advisory; refuses with every problem the document would have. */
export function advisoryInputOf(ctx: DisclosureContext, facts: RegistryFacts, p: AdvisoryParts): AdvisoryInput {
  const input: AdvisoryInput = {
    trackingId: p.trackingId,
    title: p.title,
    summary: p.summary,
    description: p.description,
    cve: p.record.cve,
    cwe: p.cwe,
    acknowledgments: p.acknowledgments,
    scores: p.record.scores,
    manufacturer: { name: facts.manufacturerName },
    product: { name: facts.product.name, modelNumber: facts.product.modelNumber },
    releases: facts.product.releases.map((r) => ({ id: r.id, version: r.version })),
    affectedReleaseIds: p.record.affectedReleaseIds,
    fixedReleaseIds: p.record.fixedReleaseIds,
    remediations: p.remediations,
    publisher: platformPublisher(ctx.publicUrl),
    generator: { ...GENERATOR, date: ctx.clock.now().toISOString() },
    revisions: p.revisions,
    selfUrl: advisoryUrl(ctx.publicUrl, { id: p.trackingId, initialReleaseDate: p.initialReleaseDate }),
    receivedAt: p.record.receivedAt,
  };
  const problems = advisoryProblems(input);
  if (problems.length > 0) throw new DomainError('validation_failed', problems[0]!, problems.map((message) => ({ pointer: 'body', message })));
  return input;
}

/** Builds the document and refuses to go on if the OASIS schema does not accept it (a bug, never the user's). */
export function validDocument(input: AdvisoryInput): string {
  const document = buildAdvisoryDocument(input);
  const validation = validateCsafAdvisory(document);
  if (!validation.ok) throw new DomainError('invalid_document', 'The advisory does not pass the CSAF 2.0 schema.', validation.errors);
  return `${JSON.stringify(document, null, 2)}\n`;
}

function textProblems(input: PublishInput): { pointer: string; message: string }[] {
  const problems: { pointer: string; message: string }[] = [];
  if (input.title.trim().length < 5) problems.push({ pointer: 'body/title', message: 'needs at least 5 characters' });
  if (input.summary.trim().length < 20) problems.push({ pointer: 'body/summary', message: 'needs at least 20 characters' });
  if (input.description.trim().length < 20) problems.push({ pointer: 'body/description', message: 'needs at least 20 characters' });
  if (input.cwe !== null && !cweById(input.cwe)) problems.push({ pointer: 'body/cwe', message: 'is not on the list of weaknesses' });
  input.remediations.forEach((r, i) => {
    if (r.details.trim().length < 5) problems.push({ pointer: `body/remediations/${i}/details`, message: 'needs at least 5 characters' });
  });
  return problems;
}

export async function publishAdvisory(ctx: DisclosureContext, author: CaseAuthor, loaded: LoadedCase, input: PublishInput): Promise<StoredAdvisory> {
  const before = loaded.record;
  const now = ctx.clock.now();
  const problems = textProblems(input);
  if (problems.length > 0) throw new DomainError('validation_failed', `${problems[0]!.pointer} ${problems[0]!.message}`, problems);
  const step = applyStep(before.state, 'publish', { scored: before.scores.length > 0, publicationDue: isPublicationDue(before, now) });
  if (!step.ok) throw new DomainError('step_not_allowed', step.reason);
  const credit = openContent(ctx.sealer, before).credit;
  const at = now.toISOString();
  const year = now.getUTCFullYear();
  const facts = await registryFacts(ctx, before);

  const { advisory, mailIds } = await ctx.store.db.transaction().execute(async (trx) => {
    const sequence = await nextAdvisorySequence(trx, year);
    const trackingId = advisoryTrackingId(year, sequence);
    const parts: AdvisoryParts = {
      record: before,
      title: input.title.trim(),
      summary: input.summary.trim(),
      description: input.description.trim(),
      cwe: input.cwe ? cweById(input.cwe) : null,
      acknowledgments: input.creditReporter && credit ? [credit] : [],
      remediations: input.remediations.map((r) => ({ ...r, details: r.details.trim() })),
      revisions: [{ date: at, summary: 'Initial version.' }],
      trackingId,
      initialReleaseDate: at,
    };
    const document = validDocument(advisoryInputOf(ctx, facts, parts));
    const maxScore = Math.max(...before.scores.map((s) => s.baseScore));
    const advisory: StoredAdvisory = {
      id: trackingId,
      caseId: before.id,
      year,
      sequence,
      manufacturerId: before.manufacturerId,
      productId: before.productId,
      title: parts.title,
      cve: before.cve,
      maxScore,
      severity: severityOf(maxScore),
      affectedReleaseIds: before.affectedReleaseIds,
      fixedReleaseIds: before.fixedReleaseIds,
      version: 1,
      initialReleaseDate: at,
      currentReleaseDate: at,
      document,
    };
    await insertAdvisory(trx, advisory, 'Initial version.');
    const next: StoredCase = { ...before, state: step.state, advisoryId: trackingId, updatedAt: at };
    await updateCase(trx, next);
    await recordEvent(trx, ctx, before.id, {
      author,
      kind: 'advisory',
      visibility: 'all',
      body: { advisoryId: trackingId, version: 1, from: before.state, to: step.state, url: advisoryUrl(ctx.publicUrl, advisory) },
    });
    await appendAudit(trx, ctx, { actor: auditAuthor(author), action: 'disclosure.advisory.publish', subject: `case:${before.id}`, payload: { advisoryId: trackingId, from: before.state } });
    const mailIds = await mailAboutCase(trx, ctx, { ...loaded, record: next }, ['psirt', 'coordinators', 'reporter'], `advisory ${trackingId} is published`, author.userId);
    return { advisory, mailIds };
  });
  await deliverQueued(ctx, mailIds);
  return advisory;
}
