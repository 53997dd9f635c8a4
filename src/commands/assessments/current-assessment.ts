// The assessment of a release, always current: derived from the release's declaration and the registry as it
// is now. Recomputed lazily, on read: the recorded assessment (versions used, verdicts) is rewritten when the
// declaration's revision or the registry's data version differs from the ones it was derived from. Lazily
// rather than eagerly because a registry change (a curator's edit, a new bundle) would otherwise have to
// re-assess every release in the store inside the curator's transaction, while a read re-derives one release
// in a few milliseconds; the record then says exactly which versions each result used.
import { assessDeclaration, type AssessmentResult, type Detail } from '../../domain/assessments/assess.js';
import { EMPTY_ANSWERS, type Product, type Release, type StoredDeclaration } from '../../domain/assessments/product.js';
import { assessmentReport, type AssessmentReport } from '../../domain/assessments/report.js';
import { findDeclaration } from '../../db/repositories/declarations.js';
import { findAssessmentRecords, saveAssessmentRecord, type AssessmentRecord } from '../../db/repositories/assessments.js';
import type { CommandContext } from '../context.js';
import { composeDeclaration, manufacturerName } from '../declarations/compose.js';
import { storeRegistry } from './store-registry.js';
import type { AssessmentRegistry } from './offline-plan.js';

/** The report with what identifies it in the store: which release, which declaration revision, when derived. */
export interface ReleaseReport extends AssessmentReport {
  productId: string;
  releaseId: string;
  declarationRevision: number;
  /** When this result (this declaration revision against this data version) was first derived. */
  assessedAt: string;
}

export async function currentAssessment(
  ctx: CommandContext,
  product: Product,
  release: Release,
  options: { frameworks?: string[]; detail?: Detail } = {},
): Promise<{ report: ReleaseReport; record: AssessmentRecord }> {
  const registry = await storeRegistry(ctx.store);
  const stored = await findDeclaration(ctx.store.db, release.id);
  const declaration = composeDeclaration(product, release, stored ?? EMPTY_ANSWERS, await manufacturerName(ctx, product));
  const record = await freshRecord(ctx, registry, release, stored, () => assessDeclaration(registry.plan, declaration, { detail: 'summary' }));
  const result = assessDeclaration(registry.plan, declaration, { frameworks: options.frameworks, detail: options.detail ?? 'full' });
  const report: ReleaseReport = {
    ...assessmentReport(registry, declaration, result),
    productId: product.id,
    releaseId: release.id,
    declarationRevision: record.declarationRevision,
    assessedAt: record.computedAt,
  };
  return { report, record };
}

/** The recorded assessment of a release, rewritten first when it is stale. */
export async function freshRecord(
  ctx: CommandContext,
  registry: AssessmentRegistry & { dataVersion: number },
  release: Release,
  stored: StoredDeclaration | undefined,
  summary: () => AssessmentResult,
): Promise<AssessmentRecord> {
  const revision = stored?.revision ?? 0;
  const [existing] = await findAssessmentRecords(ctx.store.db, [release.id]);
  if (existing && existing.declarationRevision === revision && existing.dataVersion === registry.dataVersion) return existing;
  const result = summary();
  const record: AssessmentRecord = {
    releaseId: release.id,
    declarationRevision: revision,
    dataVersion: registry.dataVersion,
    bundleVersion: registry.bundleVersion,
    baselineVersion: result.baseline.version,
    computedAt: ctx.clock.now().toISOString(),
    verdicts: result.frameworks.map((f) => ({
      frameworkId: f.framework,
      frameworkVersion: f.version,
      verdict: f.verdict,
      decidingApplicable: f.deciding.applicable,
      decidingMet: f.deciding.met,
      decidingFailing: f.deciding.failing,
      decidingOpen: f.deciding.open,
    })),
  };
  // A derived record, not anybody's change: no audit entry (the declaration's own changes are audited).
  await ctx.store.db.transaction().execute((trx) => saveAssessmentRecord(trx, record));
  return record;
}

