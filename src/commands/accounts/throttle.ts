// Guessing throttles, stored in the database so they hold across restarts and across server processes. Keys
// name what is being guessed at: "login:account:<sha256 of the email>" (hashed, so the table holds no
// addresses, and the same for emails with and without an account), "login:address:<client address>", etc.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { afterFailure, retryAfterMs, type BackoffPolicy } from '../../domain/accounts/backoff.js';
import { RetryLaterError } from '../../domain/errors.js';
import { clearThrottle, readThrottle, writeThrottle } from '../../db/repositories/throttle.js';
import { hashSecret } from './secrets.js';

export interface ThrottleKey {
  key: string;
  policy: BackoffPolicy;
}

export function accountKey(purpose: string, normalisedEmail: string): string {
  return `${purpose}:account:${hashSecret(normalisedEmail)}`;
}

export function addressKey(purpose: string, address: string): string {
  return `${purpose}:address:${address}`;
}

/** Refuses (429 with Retry-After) while any key is locked; checks nothing else, so it reveals nothing. */
export async function assertNotLocked(db: Kysely<Database>, keys: ThrottleKey[], now: Date): Promise<void> {
  let wait = 0;
  for (const k of keys) wait = Math.max(wait, retryAfterMs(await readThrottle(db, k.key), now.getTime()));
  if (wait > 0) throw new RetryLaterError(Math.ceil(wait / 1000));
}

export async function recordFailure(db: Kysely<Database>, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const k of keys) await writeThrottle(db, k.key, afterFailure(await readThrottle(db, k.key), now.getTime(), k.policy));
}

export async function clearFailures(db: Kysely<Database>, keys: string[]): Promise<void> {
  for (const key of keys) await clearThrottle(db, key);
}
