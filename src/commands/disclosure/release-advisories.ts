// For the label page (issue 7) and the API: what published advisories say about one release — the advisories
// that name it affected, whether each has a fix, and the release to update to.
import { listAdvisories } from '../../db/repositories/disclosure-advisories.js';
import { releaseAdvisories, type ReleaseAdvisories } from '../../domain/disclosure/release-advisories.js';
import { DomainError } from '../../domain/errors.js';
import type { DisclosureContext } from './disclosure-context.js';

export type { ReleaseAdvisories };

export async function advisoriesForRelease(ctx: Pick<DisclosureContext, 'store' | 'publicUrl' | 'products'>, productId: string, releaseId: string): Promise<ReleaseAdvisories> {
  const product = await ctx.products.findProduct(productId);
  if (!product || !product.releases.some((r) => r.id === releaseId)) throw new DomainError('product_not_registered', 'No such release of a registered product.');
  const advisories = (await listAdvisories(ctx.store.db, { productId })).map((a) => ({
    trackingId: a.id,
    title: a.title,
    cve: a.cve,
    baseScore: a.maxScore,
    severity: a.severity,
    // The advisory's page for people (it links the CSAF document), which is what a label page shows.
    url: `${ctx.publicUrl}/advisories/${encodeURIComponent(a.id)}`,
    publishedAt: a.initialReleaseDate,
    affectedReleaseIds: a.affectedReleaseIds,
    fixedReleaseIds: a.fixedReleaseIds,
  }));
  return releaseAdvisories(releaseId, product.releases.map((r) => ({ id: r.id, version: r.version })), advisories);
}
