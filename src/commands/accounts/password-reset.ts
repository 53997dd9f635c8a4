// Password reset by email link. Asking never tells whether the address has an account (same answer, no email
// for unknown addresses); at most a few links per account per day are sent, silently, and requests count
// against the caller's address. Completing it sets the password, ends every session and lifts a sign-in lockout.
import { DomainError } from '../../domain/errors.js';
import { ADDRESS_BACKOFF, type BackoffPolicy } from '../../domain/accounts/backoff.js';
import { normaliseEmail } from '../../domain/accounts/email.js';
import { retryAfterMs } from '../../domain/accounts/backoff.js';
import { readThrottle } from '../../db/repositories/throttle.js';
import { expireOneTimeTokens, findOneTimeToken, insertOneTimeToken, useOneTimeToken } from '../../db/repositories/one-time-tokens.js';
import { findUser, findUserByEmail, saveUser } from '../../db/repositories/users.js';
import { deleteUserSessions } from '../../db/repositories/sessions.js';
import { appendAudit, userRef } from '../audit.js';
import type { AccountContext } from './account-context.js';
import { PASSWORD_RESET_TTL_MS } from './account-context.js';
import { deliverQueued, queueEmail } from './mail.js';
import { assertAcceptablePassword, hashPassword } from './passwords.js';
import { hashSecret, newId, randomSecret } from './secrets.js';
import { accountKey, addressKey, assertNotLocked, clearFailures, recordFailure } from './throttle.js';

/** Three links per account, then one more per doubling wait: enough for a person, useless for mail-bombing. */
const RESET_MAIL_BACKOFF: BackoffPolicy = { freeFailures: 3, baseMs: 15 * 60_000, maxMs: 24 * 60 * 60_000, forgetAfterMs: 24 * 60 * 60_000 };
const RESET_ADDRESS_BACKOFF: BackoffPolicy = { ...ADDRESS_BACKOFF, freeFailures: 10 };

export async function requestPasswordReset(ctx: AccountContext, emailInput: string, address: string): Promise<void> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const addressKeys = [{ key: addressKey('reset', address), policy: RESET_ADDRESS_BACKOFF }];
  await assertNotLocked(db, addressKeys, now);
  const email = normaliseEmail(emailInput);
  const user = await findUserByEmail(db, email);
  const mailKey = { key: accountKey('reset-mail', email), policy: RESET_MAIL_BACKOFF };
  const mailAllowed = retryAfterMs(await readThrottle(db, mailKey.key), now.getTime()) === 0;
  const at = now.toISOString();
  const mailId = await db.transaction().execute(async (trx) => {
    await recordFailure(trx, addressKeys, now);
    if (!user || user.status !== 'active' || !mailAllowed) {
      await appendAudit(trx, ctx, { actor: 'anonymous', action: 'password-reset.request', subject: user ? userRef(user.id) : 'account:unknown', payload: { sent: false } });
      return null;
    }
    await recordFailure(trx, [mailKey], now);
    await expireOneTimeTokens(trx, 'password-reset', at, { userId: user.id });
    const token = randomSecret();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS).toISOString();
    await insertOneTimeToken(trx, { id: newId(), purpose: 'password-reset', tokenHash: hashSecret(token), userId: user.id, email: null, createdAt: at, expiresAt, usedAt: null });
    await appendAudit(trx, ctx, { actor: 'anonymous', action: 'password-reset.request', subject: userRef(user.id), payload: { sent: true, expiresAt } });
    return queueEmail(trx, ctx, {
      purpose: 'password-reset',
      userId: user.id,
      to: email,
      subject: 'Reset your IoT Security Policy Platform password',
      text:
        `Someone asked to reset the password of your account. To choose a new password, open this link (it works once, until ${expiresAt}):\n` +
        `${ctx.publicUrl}/password-reset#token=${token}\n\nIf it was not you, ignore this email: your password stays as it is.`,
    });
  });
  if (mailId) await deliverQueued(ctx, [mailId]);
}

export async function completePasswordReset(ctx: AccountContext, input: { token: string; password: string }, address: string): Promise<void> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const keys = [{ key: addressKey('reset-complete', address), policy: ADDRESS_BACKOFF }];
  await assertNotLocked(db, keys, now);
  const stored = await findOneTimeToken(db, 'password-reset', hashSecret(input.token));
  const user = stored?.userId ? await findUser(db, stored.userId) : undefined;
  if (!stored || !user || user.status !== 'active' || stored.usedAt !== null || stored.expiresAt <= now.toISOString()) {
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, keys, now);
      await appendAudit(trx, ctx, { actor: 'anonymous', action: 'password-reset.failure', subject: 'account:unknown', payload: { reason: 'invalid-token' } });
    });
    throw new DomainError('invalid_token', 'This reset link is invalid, used or expired. Ask for a new one.');
  }
  assertAcceptablePassword(input.password, { email: user.email, displayName: user.displayName });
  const passwordHash = await hashPassword(input.password);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    if (!(await useOneTimeToken(trx, stored.id, at))) throw new DomainError('invalid_token', 'This reset link has just been used.');
    await saveUser(trx, { ...user, passwordHash, updatedAt: at });
    const ended = await deleteUserSessions(trx, user.id);
    if (user.email) await clearFailures(trx, [accountKey('login', user.email)]);
    await appendAudit(trx, ctx, { actor: userRef(user.id), action: 'password-reset.complete', subject: userRef(user.id), payload: { sessionsEnded: ended } });
  });
}
