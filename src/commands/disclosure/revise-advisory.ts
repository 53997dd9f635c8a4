// A published advisory gets a new revision when its facts change: most often a fix arrives for a case that was
// published at its deadline without one, or a CVE is assigned. The document keeps its id and initial release
// date, its version counts up, and every revision stays on record.
import type { Remediation } from '../../domain/disclosure/csaf/advisory-document.js';
import { DomainError } from '../../domain/errors.js';
import { updateCase, type StoredCase } from '../../db/repositories/disclosure-cases.js';
import { findAdvisory, listAdvisoryRevisions, reviseAdvisory as storeRevision, type StoredAdvisory } from '../../db/repositories/disclosure-advisories.js';
import { appendAudit } from '../audit.js';
import { deliverQueued } from '../accounts/mail.js';
import type { LoadedCase } from './case-access.js';
import { mailAboutCase } from './case-mail.js';
import { auditAuthor, recordEvent, type CaseAuthor } from './case-events.js';
import { advisoryUrl } from './case-views.js';
import { advisoryInputOf, registryFacts, validDocument } from './publish-advisory.js';
import type { DisclosureContext } from './disclosure-context.js';

export interface RevisionInput {
  /** What changed, for the revision history (public). */
  summary: string;
  cve?: string | null;
  affectedReleaseIds?: string[];
  fixedReleaseIds?: string[];
  remediations?: Remediation[];
}

interface PublicText {
  title: string;
  summary: string;
  description: string;
  cwe: { id: string; name: string } | null;
  acknowledgments: string[];
  remediations: Remediation[];
}

/** The public write-up as the current document states it (the document is the record of what was published). */
function publicTextOf(documentJson: string): PublicText {
  const doc = JSON.parse(documentJson) as {
    document: { title: string; notes: { category: string; text: string }[] };
    vulnerabilities: { cwe?: { id: string; name: string }; notes: { category: string; text: string }[]; acknowledgments?: { names: string[] }[]; remediations: { category: Remediation['category']; details: string; url?: string }[] }[];
  };
  const v = doc.vulnerabilities[0]!;
  return {
    title: doc.document.title,
    summary: doc.document.notes.find((n) => n.category === 'summary')?.text ?? '',
    description: v.notes.find((n) => n.category === 'description')?.text ?? '',
    cwe: v.cwe ?? null,
    acknowledgments: v.acknowledgments?.[0]?.names ?? [],
    remediations: v.remediations.map((r) => ({ category: r.category, details: r.details, url: r.url ?? null })),
  };
}

export async function reviseAdvisory(ctx: DisclosureContext, author: CaseAuthor, loaded: LoadedCase, input: RevisionInput): Promise<StoredAdvisory> {
  const before = loaded.record;
  if (before.state !== 'published' || !before.advisoryId) throw new DomainError('step_not_allowed', 'Only a published case has an advisory to revise.');
  const current = await findAdvisory(ctx.store.db, before.advisoryId);
  if (!current) throw new DomainError('advisory_not_found', 'The advisory of this case is missing.');
  if (input.summary.trim().length < 5) throw new DomainError('validation_failed', 'body/summary needs at least 5 characters', [{ pointer: 'body/summary', message: 'needs at least 5 characters' }]);
  if (input.cve !== undefined && input.cve !== null && !/^CVE-\d{4}-\d{4,}$/.test(input.cve)) throw new DomainError('validation_failed', 'body/cve looks like CVE-2026-12345', [{ pointer: 'body/cve', message: 'looks like CVE-2026-12345' }]);
  const at = ctx.clock.now().toISOString();
  const record: StoredCase = {
    ...before,
    cve: input.cve !== undefined ? input.cve : before.cve,
    affectedReleaseIds: input.affectedReleaseIds ? [...new Set(input.affectedReleaseIds)] : before.affectedReleaseIds,
    fixedReleaseIds: input.fixedReleaseIds ? [...new Set(input.fixedReleaseIds)] : before.fixedReleaseIds,
    updatedAt: at,
  };
  const text = publicTextOf(current.document);
  const history = await listAdvisoryRevisions(ctx.store.db, current.id);
  const revisions = [...history.map((h) => ({ date: h.at, summary: h.summary })), { date: at, summary: input.summary.trim() }];
  const facts = await registryFacts(ctx, record);
  const document = validDocument(
    advisoryInputOf(ctx, facts, { record, ...text, remediations: input.remediations ?? text.remediations, revisions, trackingId: current.id, initialReleaseDate: current.initialReleaseDate }),
  );
  const next: StoredAdvisory = {
    ...current,
    cve: record.cve,
    affectedReleaseIds: record.affectedReleaseIds,
    fixedReleaseIds: record.fixedReleaseIds,
    version: current.version + 1,
    currentReleaseDate: at,
    document,
  };
  const mailIds = await ctx.store.db.transaction().execute(async (trx) => {
    await storeRevision(trx, next, input.summary.trim());
    await updateCase(trx, record);
    await recordEvent(trx, ctx, before.id, { author, kind: 'advisory', visibility: 'all', body: { advisoryId: next.id, version: next.version, summary: input.summary.trim(), url: advisoryUrl(ctx.publicUrl, next) } });
    await appendAudit(trx, ctx, { actor: auditAuthor(author), action: 'disclosure.advisory.revise', subject: `case:${before.id}`, payload: { advisoryId: next.id, version: next.version } });
    return mailAboutCase(trx, ctx, { ...loaded, record }, ['psirt', 'coordinators', 'reporter'], `advisory ${next.id} was revised (version ${next.version})`, author.userId);
  });
  await deliverQueued(ctx, mailIds);
  return next;
}
