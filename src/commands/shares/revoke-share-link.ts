// A manufacturer editor ends a share link before it expires.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { Product, Release } from '../../domain/assessments/product.js';
import { findShareLink, revokeShareLink as storeRevocation, type ShareLink } from '../../db/repositories/share-links.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';

export async function revokeShareLink(ctx: CommandContext, actor: Actor, product: Product, release: Release, linkId: string): Promise<ShareLink> {
  const link = await findShareLink(ctx.store.db, linkId);
  if (!link || link.releaseId !== release.id) throw new DomainError('share_link_not_found', `No share link "${linkId}" for this release.`);
  if (link.revokedAt) return link;
  const at = ctx.clock.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await storeRevocation(trx, link.id, at);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'share-link.revoke', subject: `release:${release.id}`, payload: { product: product.id, link: link.id } });
  });
  return { ...link, revokedAt: at };
}
