// Exponential backoff for guessing attacks (passwords, one-time tokens, TOTP codes). A key (an account or a
// client address) gets a few free failures; after that each failure locks the key for twice as long as the
// previous one, up to a ceiling. Failures are forgotten after a quiet day. While locked, nothing is checked at
// all, so a locked-out caller cannot learn whether a guess would have been right.

export interface BackoffPolicy {
  /** Failures before the first lock (the last of them starts it). */
  freeFailures: number;
  /** Length of the first lock. */
  baseMs: number;
  /** The longest lock. */
  maxMs: number;
  /** Failures older than this (since the last one) are forgotten. */
  forgetAfterMs: number;
}

export const ACCOUNT_BACKOFF: BackoffPolicy = { freeFailures: 5, baseMs: 30_000, maxMs: 60 * 60_000, forgetAfterMs: 24 * 60 * 60_000 };
export const ADDRESS_BACKOFF: BackoffPolicy = { freeFailures: 20, baseMs: 30_000, maxMs: 60 * 60_000, forgetAfterMs: 24 * 60 * 60_000 };

export interface ThrottleState {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number | null;
}

/** Milliseconds until the key may try again; 0 when it may try now. */
export function retryAfterMs(state: ThrottleState | undefined, now: number): number {
  if (!state || state.lockedUntil === null) return 0;
  return Math.max(0, state.lockedUntil - now);
}

export function afterFailure(state: ThrottleState | undefined, now: number, policy: BackoffPolicy): ThrottleState {
  const fresh = !state || now - state.lastFailureAt > policy.forgetAfterMs;
  const failures = (fresh ? 0 : state.failures) + 1;
  // The failure that uses up the free ones locks for baseMs; each further one doubles it.
  const over = failures - policy.freeFailures;
  const lockedUntil = over >= 0 ? now + Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(over, 30)) : null;
  return { failures, lastFailureAt: now, lockedUntil };
}
