// Two releases side by side (the caller may read both): verdicts per framework and every requirement whose
// status changed, from each release's current assessment.
import { compareAssessments, type FrameworkComparison } from '../../domain/assessments/compare.js';
import type { Product, Release } from '../../domain/assessments/product.js';
import type { CommandContext } from '../context.js';
import { currentAssessment, type ReleaseReport } from './current-assessment.js';

export interface ReleaseComparison {
  before: Pick<ReleaseReport, 'productId' | 'releaseId' | 'product' | 'release' | 'declarationRevision' | 'assessedAt'>;
  after: ReleaseComparison['before'];
  frameworks: FrameworkComparison[];
}

export async function compareReleases(
  ctx: CommandContext,
  before: { product: Product; release: Release },
  after: { product: Product; release: Release },
  frameworks?: string[],
): Promise<ReleaseComparison> {
  const a = (await currentAssessment(ctx, before.product, before.release, { frameworks })).report;
  const b = (await currentAssessment(ctx, after.product, after.release, { frameworks })).report;
  const head = (r: ReleaseReport) => ({ productId: r.productId, releaseId: r.releaseId, product: r.product, release: r.release, declarationRevision: r.declarationRevision, assessedAt: r.assessedAt });
  return { before: head(a), after: head(b), frameworks: compareAssessments(a.frameworks, b.frameworks) };
}
