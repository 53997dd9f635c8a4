// API tokens for machines: "iotspp_" + 256 random bits, shown once at creation; the store keeps its SHA-256 and
// a short prefix to tell tokens apart. Scopes (action names or families) narrow what the token may do within
// its user's roles. Revoking is immediate.
import { DomainError } from '../../domain/errors.js';
import { ACTIONS } from '../../domain/access/policy.js';
import { isValidScope } from '../../domain/access/scopes.js';
import { findApiToken, insertApiToken, listApiTokens, revokeApiToken, type StoredApiToken } from '../../db/repositories/api-tokens.js';
import { appendAudit, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { hashSecret, newId, randomSecret } from './secrets.js';

export const API_TOKEN_PREFIX = 'iotspp_';
/** Live (unrevoked, unexpired) tokens one user may hold: plenty for machines, a ceiling for a hijacked session. */
export const MAX_LIVE_TOKENS = 25;

export async function createApiToken(
  ctx: CommandContext,
  userId: string,
  input: { name: string; scopes: string[]; expiresInDays?: number },
): Promise<{ token: string; stored: StoredApiToken }> {
  const bad = input.scopes.filter((s) => !isValidScope(s, ACTIONS));
  if (input.scopes.length === 0 || bad.length > 0) {
    throw new DomainError('validation_failed', bad.length > 0 ? `Unknown scope(s): ${bad.join(', ')}.` : 'Give at least one scope.', [{ pointer: 'body/scopes', message: 'must name actions or families of actions' }]);
  }
  const now = ctx.clock.now();
  const live = (await listApiTokens(ctx.store.db, userId)).filter((t) => t.revokedAt === null && (t.expiresAt === null || t.expiresAt > now.toISOString()));
  if (live.length >= MAX_LIVE_TOKENS) throw new DomainError('conflict', `You already hold ${MAX_LIVE_TOKENS} live API tokens; revoke one first.`);
  const token = `${API_TOKEN_PREFIX}${randomSecret()}`;
  const stored: StoredApiToken = {
    id: newId(),
    userId,
    name: input.name.trim(),
    tokenHash: hashSecret(token),
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 4),
    scopes: [...new Set(input.scopes)],
    createdAt: now.toISOString(),
    expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null,
    lastUsedAt: null,
    revokedAt: null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, stored);
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.token-create', subject: `api-token:${stored.id}`, payload: { scopes: stored.scopes, expiresAt: stored.expiresAt } });
  });
  return { token, stored };
}

export async function revokeOwnApiToken(ctx: CommandContext, userId: string, tokenId: string): Promise<void> {
  const stored = await findApiToken(ctx.store.db, tokenId);
  if (!stored || stored.userId !== userId) throw new DomainError('token_not_found', 'You have no API token with this id.');
  if (stored.revokedAt !== null) return;
  await ctx.store.db.transaction().execute(async (trx) => {
    await revokeApiToken(trx, tokenId, ctx.clock.now().toISOString());
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.token-revoke', subject: `api-token:${tokenId}` });
  });
}
