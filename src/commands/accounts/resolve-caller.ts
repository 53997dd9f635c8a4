// Who is calling: a session cookie or an API token, looked up by the hash of what the client sent. Expired
// sessions are deleted on sight; use is recorded (last seen, last used) at most once a minute, which is
// housekeeping rather than a change to the platform, so it has no audit entry.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { ADDRESS_BACKOFF } from '../../domain/accounts/backoff.js';
import { isSessionAlive } from '../../domain/accounts/session-lifetime.js';
import { deleteSession, findSessionByTokenHash, touchSession, type StoredSession } from '../../db/repositories/sessions.js';
import { findApiTokenByHash, markApiTokenUsed } from '../../db/repositories/api-tokens.js';
import { findUser } from '../../db/repositories/users.js';
import type { AccountContext } from './account-context.js';
import { actorForUser } from './actor-for-user.js';
import { hashSecret } from './secrets.js';
import { addressKey, assertNotLocked, recordFailure } from './throttle.js';

const TOUCH_EVERY_MS = 60_000;

export async function resolveSession(
  ctx: Pick<AccountContext, 'store' | 'clock' | 'sessionLifetime'>,
  token: string,
): Promise<{ actor: Actor; session: StoredSession } | null> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const session = await findSessionByTokenHash(db, hashSecret(token));
  if (!session) return null;
  if (!isSessionAlive(Date.parse(session.createdAt), Date.parse(session.lastSeenAt), now.getTime(), ctx.sessionLifetime)) {
    await deleteSession(db, session.id);
    return null;
  }
  const user = await findUser(db, session.userId);
  if (!user || user.status !== 'active') return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) await touchSession(db, session.id, now.toISOString());
  return { actor: actorForUser(user, 'session', null), session };
}

/** An API token must be valid: a wrong one is refused (401), not treated as anonymous, and counts as a guess. */
export async function resolveApiToken(ctx: Pick<AccountContext, 'store' | 'clock'>, token: string, address: string): Promise<Actor> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const keys = [{ key: addressKey('api-token', address), policy: ADDRESS_BACKOFF }];
  await assertNotLocked(db, keys, now);
  const stored = await findApiTokenByHash(db, hashSecret(token));
  const user = stored ? await findUser(db, stored.userId) : undefined;
  const usable = stored && user && user.status === 'active' && stored.revokedAt === null && (stored.expiresAt === null || stored.expiresAt > now.toISOString());
  if (!stored || !user || !usable) {
    await recordFailure(db, keys, now);
    throw new DomainError('unauthenticated', 'The API token is invalid, expired or revoked.');
  }
  if (stored.lastUsedAt === null || now.getTime() - Date.parse(stored.lastUsedAt) >= TOUCH_EVERY_MS) {
    await markApiTokenUsed(db, stored.id, now.toISOString());
  }
  return actorForUser(user, 'token', stored.scopes);
}
