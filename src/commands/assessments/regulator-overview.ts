// The regulator view (members and administrators): the newest release of every product, assessed against
// every framework, counted by framework and verdict and by category, with the most common gaps. Stale
// recorded assessments are brought up to date on the way, as a release's own read would.
import type { Actor } from '../../domain/access/actor.js';
import type { OverviewResource } from '../../domain/access/products.js';
import { DomainError } from '../../domain/errors.js';
import { findCurrentMembership } from '../../db/repositories/memberships.js';
import { aggregateOverview, releaseVerdicts, type Overview } from '../../domain/assessments/overview.js';
import { EMPTY_ANSWERS } from '../../domain/assessments/product.js';
import { allProducts, listReleases } from '../../db/repositories/products.js';
import { findDeclarations } from '../../db/repositories/declarations.js';
import { findAssessmentRecords, saveAssessmentRecord, type AssessmentRecord } from '../../db/repositories/assessments.js';
import { listOrganisations } from '../../db/repositories/organisations.js';
import type { CommandContext } from '../context.js';
import { composeDeclaration } from '../declarations/compose.js';
import { storeRegistry } from './store-registry.js';

export interface RegulatorOverview extends Overview {
  products: number;
  bundleVersion: string | null;
  dataVersion: number;
  baselineVersion: string;
  generatedAt: string;
}

export async function regulatorOverview(ctx: CommandContext, filter: { category?: string; framework?: string } = {}): Promise<RegulatorOverview> {
  const db = ctx.store.db;
  const registry = await storeRegistry(ctx.store);
  if (filter.framework && !registry.plan.frameworkById.has(filter.framework)) throw new DomainError('framework_not_found', `No framework "${filter.framework}" to assess against.`);
  const products = await allProducts(db, { category: filter.category });
  const releases = await listReleases(db, products.map((p) => p.id));
  // Newest first per product (listReleases sorts so), so the first release seen is the product's newest.
  const newest = releases.filter((r, i) => releases.findIndex((x) => x.productId === r.productId) === i);
  const [declarations, records, organisations] = await Promise.all([
    findDeclarations(db, newest.map((r) => r.id)),
    findAssessmentRecords(db, newest.map((r) => r.id)),
    listOrganisations(db),
  ]);
  const now = ctx.clock.now().toISOString();
  const stale: AssessmentRecord[] = [];
  const verdicts = newest.map((release) => {
    const product = products.find((p) => p.id === release.productId)!;
    const stored = declarations.find((d) => d.releaseId === release.id);
    const declaration = composeDeclaration(product, release, stored ?? EMPTY_ANSWERS, organisations.find((o) => o.id === product.organisationId)?.name ?? null);
    const v = releaseVerdicts(registry.plan, declaration, product.category);
    const record = records.find((r) => r.releaseId === release.id);
    const revision = stored?.revision ?? 0;
    if (!record || record.declarationRevision !== revision || record.dataVersion !== registry.dataVersion) {
      stale.push({
        releaseId: release.id,
        declarationRevision: revision,
        dataVersion: registry.dataVersion,
        bundleVersion: registry.bundleVersion,
        baselineVersion: registry.plan.baseline.version,
        computedAt: now,
        verdicts: v.frameworks.map((f) => ({ frameworkId: f.framework, frameworkVersion: f.version, verdict: f.verdict, decidingApplicable: f.deciding.applicable, decidingMet: f.deciding.met, decidingFailing: f.deciding.failing, decidingOpen: f.deciding.open })),
      });
    }
    return filter.framework ? { ...v, frameworks: v.frameworks.filter((f) => f.framework === filter.framework) } : v;
  });
  if (stale.length > 0) {
    await db.transaction().execute(async (trx) => {
      for (const r of stale) await saveAssessmentRecord(trx, r);
    });
  }
  const overview = aggregateOverview(registry.plan, verdicts);
  return {
    ...overview,
    frameworks: filter.framework ? overview.frameworks.filter((f) => f.framework === filter.framework) : overview.frameworks,
    products: new Set(newest.map((r) => r.productId)).size,
    bundleVersion: registry.bundleVersion,
    dataVersion: registry.dataVersion,
    baselineVersion: registry.plan.baseline.version,
    generatedAt: now,
  };
}

/** What the policy needs to decide on the regulator view: whether the viewer's organisation is a member. */
export async function overviewResource(ctx: CommandContext, actor: Actor): Promise<OverviewResource> {
  const organisationId = actor.kind === 'user' ? actor.organisationId : null;
  return { viewerIsMember: organisationId !== null && (await findCurrentMembership(ctx.store.db, organisationId)) !== undefined };
}
