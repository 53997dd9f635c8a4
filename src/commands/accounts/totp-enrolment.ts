// Two-step TOTP enrolment: begin (a new secret, kept pending, shown as an otpauth:// URI for the QR code), then
// confirm with a code from the app. Confirming turns TOTP on, issues recovery codes (shown once, stored
// hashed) and rotates the session: the id that existed before the second factor stops working.
import { DomainError } from '../../domain/errors.js';
import { ACCOUNT_BACKOFF } from '../../domain/accounts/backoff.js';
import { findUser, replaceRecoveryCodes, saveUser, type StoredUser } from '../../db/repositories/users.js';
import { deleteSession } from '../../db/repositories/sessions.js';
import { appendAudit, userRef } from '../audit.js';
import type { AccountContext } from './account-context.js';
import { hashSecret, normaliseRecoveryCode, recoveryCode } from './secrets.js';
import { assertNotLocked, recordFailure } from './throttle.js';
import { checkTotp, newTotpSecret, totpUri } from './totp.js';
import { startSession, type StartedSession } from './start-session.js';

export const RECOVERY_CODE_COUNT = 10;

async function activeUser(ctx: AccountContext, userId: string): Promise<StoredUser> {
  const user = await findUser(ctx.store.db, userId);
  if (!user || user.status !== 'active') throw new DomainError('user_not_found', 'No such account.');
  return user;
}

export async function beginTotpEnrolment(ctx: AccountContext, userId: string): Promise<{ secret: string; uri: string }> {
  const user = await activeUser(ctx, userId);
  if (user.totpSecret !== null) throw new DomainError('conflict', 'Two-factor authentication is already on for this account.');
  const secret = newTotpSecret();
  await ctx.store.db.transaction().execute(async (trx) => {
    await saveUser(trx, { ...user, totpPendingSecret: ctx.secrets.seal(secret), updatedAt: ctx.clock.now().toISOString() });
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.totp-begin', subject: userRef(userId) });
  });
  return { secret, uri: totpUri(secret, user.email ?? userId) };
}

export async function confirmTotpEnrolment(
  ctx: AccountContext,
  userId: string,
  code: string,
  current: { sessionId: string; userAgent: string | null },
): Promise<StartedSession & { recoveryCodes: string[] }> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const user = await activeUser(ctx, userId);
  if (user.totpSecret !== null) throw new DomainError('conflict', 'Two-factor authentication is already on for this account.');
  if (user.totpPendingSecret === null) throw new DomainError('conflict', 'Start enrolment first (POST /api/me/totp).');
  const keys = [{ key: `totp:user:${userId}`, policy: ACCOUNT_BACKOFF }];
  await assertNotLocked(db, keys, now);
  const pending = ctx.secrets.open(user.totpPendingSecret);
  const step = pending === null ? null : await checkTotp(pending, code, now, null);
  if (step === null) {
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, keys, now);
      await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.totp-failure', subject: userRef(userId) });
    });
    throw new DomainError('invalid_credentials', 'The code is wrong; check the time on your device and try the next code.');
  }
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  const at = now.toISOString();
  const started = await db.transaction().execute(async (trx) => {
    await saveUser(trx, { ...user, totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step, updatedAt: at });
    await replaceRecoveryCodes(trx, userId, codes.map((c) => hashSecret(normaliseRecoveryCode(c))), at);
    await deleteSession(trx, current.sessionId);
    const s = await startSession(trx, userId, at, current.userAgent);
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.totp-enrol', subject: userRef(userId), payload: { sessionId: s.session.id, recoveryCodes: codes.length } });
    return s;
  });
  return { ...started, recoveryCodes: codes };
}
