// A manufacturer editor opens one release's report to whoever holds a link, until a date. The link carries a
// random 256-bit token shown once; only its SHA-256 is stored.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { Product, Release } from '../../domain/assessments/product.js';
import { insertShareLink, type ShareLink } from '../../db/repositories/share-links.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { hashSecret, newId, randomSecret } from '../accounts/secrets.js';

/** A link lives at most a year: long enough for a tender or a market surveillance file, short enough to expire. */
export const SHARE_MAX_DAYS = 366;

export async function createShareLink(ctx: CommandContext, actor: Actor, product: Product, release: Release, expiresAt: string): Promise<{ link: ShareLink; token: string }> {
  const now = ctx.clock.now();
  const expires = new Date(expiresAt);
  if (Number.isNaN(expires.getTime()) || expires <= now || expires.getTime() - now.getTime() > SHARE_MAX_DAYS * 86_400_000) {
    throw new DomainError('validation_failed', `A share link expires after now and within ${SHARE_MAX_DAYS} days.`, [{ pointer: 'body/expiresAt', message: 'out of range', hint: `a date-time between now and ${SHARE_MAX_DAYS} days from now` }]);
  }
  const token = randomSecret();
  const link: ShareLink = {
    id: newId(),
    releaseId: release.id,
    tokenHash: hashSecret(token),
    createdBy: actor.kind === 'user' ? userRef(actor.userId) : 'system',
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
    revokedAt: null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertShareLink(trx, link);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'share-link.create', subject: `release:${release.id}`, payload: { product: product.id, link: link.id, expiresAt: link.expiresAt } });
  });
  return { link, token };
}
