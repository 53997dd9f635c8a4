// POST /api/session: email + password (+ a TOTP or recovery code once enrolled) -> a new session. Failures
// count per account (by email hash, whether or not the account exists) and per client address, with
// exponential backoff; while locked nothing is checked, so the answer never tells whether a password was right.
// A session cookie the client already held is ended: every sign-in gets a fresh session id.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { ACCOUNT_BACKOFF, ADDRESS_BACKOFF } from '../../domain/accounts/backoff.js';
import { normaliseEmail } from '../../domain/accounts/email.js';
import { findUserByEmail, saveUser, useRecoveryCode, type StoredUser } from '../../db/repositories/users.js';
import { deleteSession, findSessionByTokenHash, listSessions } from '../../db/repositories/sessions.js';
import { isSessionAlive } from '../../domain/accounts/session-lifetime.js';
import { appendAudit, userRef } from '../audit.js';
import type { AccountContext } from './account-context.js';
import { verifyPassword } from './passwords.js';
import { hashSecret, normaliseRecoveryCode } from './secrets.js';
import { accountKey, addressKey, assertNotLocked, clearFailures, recordFailure } from './throttle.js';
import { checkTotp } from './totp.js';
import { startSession, type StartedSession } from './start-session.js';

export interface SignInInput {
  email: string;
  password: string;
  /** A 6-digit TOTP code or a recovery code, required once the account has TOTP. */
  code?: string;
}

export interface RequestMeta {
  address: string;
  userAgent: string | null;
  /** The session cookie the request carried, if any: it is ended. */
  previousSessionToken: string | null;
}

export async function signIn(ctx: AccountContext, input: SignInInput, meta: RequestMeta): Promise<StartedSession & { user: StoredUser }> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const email = normaliseEmail(input.email);
  const keys = [
    { key: accountKey('login', email), policy: ACCOUNT_BACKOFF },
    { key: addressKey('login', meta.address), policy: ADDRESS_BACKOFF },
  ];
  await assertNotLocked(db, keys, now);
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await fail(db, ctx, keys, now, user ? userRef(user.id) : 'account:unknown', 'bad-password');
    throw new DomainError('invalid_credentials', 'The email or the password is wrong.');
  }
  let secondFactor: 'none' | 'totp' | 'recovery-code' = 'none';
  let acceptedStep: number | null = null;
  let recoveryHash: string | null = null;
  if (user.totpSecret !== null) {
    const code = input.code?.trim() ?? '';
    if (code === '') throw new DomainError('totp_required', 'Enter the 6-digit code from your authenticator app (or a recovery code).');
    if (/^\d{6}$/.test(code)) {
      // A seed that does not open (another key, or tampered) fails like a wrong code; recovery codes still work.
      const seed = ctx.secrets.open(user.totpSecret);
      acceptedStep = seed === null ? null : await checkTotp(seed, code, now, user.totpLastStep);
      secondFactor = 'totp';
    } else {
      recoveryHash = hashSecret(normaliseRecoveryCode(code));
      secondFactor = 'recovery-code';
    }
    if (secondFactor === 'totp' && acceptedStep === null) {
      await fail(db, ctx, keys, now, userRef(user.id), 'bad-second-factor');
      throw new DomainError('invalid_credentials', 'The code is wrong or was already used.');
    }
  }
  const at = now.toISOString();
  const result = await db.transaction().execute(async (trx) => {
    if (recoveryHash !== null && !(await useRecoveryCode(trx, user.id, recoveryHash, at))) return null;
    if (acceptedStep !== null) await saveUser(trx, { ...user, totpLastStep: acceptedStep });
    await clearFailures(trx, [keys[0]!.key]);
    if (meta.previousSessionToken) {
      const previous = await findSessionByTokenHash(trx, hashSecret(meta.previousSessionToken));
      if (previous) await deleteSession(trx, previous.id);
    }
    // Sessions that expired unseen are removed here, so the table does not grow with abandoned ones.
    for (const s of await listSessions(trx, user.id)) {
      if (!isSessionAlive(Date.parse(s.createdAt), Date.parse(s.lastSeenAt), now.getTime(), ctx.sessionLifetime)) await deleteSession(trx, s.id);
    }
    const started = await startSession(trx, user.id, at, meta.userAgent);
    await appendAudit(trx, ctx, { actor: userRef(user.id), action: 'session.create', subject: userRef(user.id), payload: { sessionId: started.session.id, secondFactor } });
    return started;
  });
  if (!result) {
    await fail(db, ctx, keys, now, userRef(user.id), 'bad-second-factor');
    throw new DomainError('invalid_credentials', 'The code is wrong or was already used.');
  }
  return { ...result, user };
}

async function fail(
  db: Kysely<Database>,
  ctx: AccountContext,
  keys: Parameters<typeof recordFailure>[1],
  now: Date,
  subject: string,
  reason: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await recordFailure(trx, keys, now);
    await appendAudit(trx, ctx, { actor: 'anonymous', action: 'session.create-failure', subject, payload: { reason } });
  });
}
