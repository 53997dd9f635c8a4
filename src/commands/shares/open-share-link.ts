// Whoever holds a share link reads that release's report, until the link expires or is revoked. A wrong,
// expired or revoked link is simply "not found": it says nothing about what it once opened.
import { DomainError } from '../../domain/errors.js';
import type { Product, Release } from '../../domain/assessments/product.js';
import { findProduct, findRelease } from '../../db/repositories/products.js';
import { findShareLinkByTokenHash, listShareLinks, type ShareLink } from '../../db/repositories/share-links.js';
import type { CommandContext } from '../context.js';
import { hashSecret } from '../accounts/secrets.js';

export async function openShareLink(ctx: CommandContext, token: string): Promise<{ link: ShareLink; product: Product; release: Release }> {
  const link = await findShareLinkByTokenHash(ctx.store.db, hashSecret(token));
  const now = ctx.clock.now().toISOString();
  const release = link && !link.revokedAt && link.expiresAt > now ? await findRelease(ctx.store.db, link.releaseId) : undefined;
  const product = release ? await findProduct(ctx.store.db, release.productId) : undefined;
  if (!link || !release || !product) throw new DomainError('share_link_not_found', 'This link does not open a report: it is wrong, expired or revoked.');
  return { link, product, release };
}

export async function releaseShareLinks(ctx: CommandContext, release: Release): Promise<ShareLink[]> {
  return listShareLinks(ctx.store.db, release.id);
}
