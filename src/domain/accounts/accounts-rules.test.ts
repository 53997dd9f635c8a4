import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCOUNT_BACKOFF, afterFailure, retryAfterMs } from './backoff.js';
import { checkPassword } from './password-policy.js';
import { isSessionAlive } from './session-lifetime.js';

const never = () => false;

describe('password policy (NIST SP 800-63B)', () => {
  it('asks for length, not composition', () => {
    expect(checkPassword('short', { isCommon: never })).toBe('too-short');
    expect(checkPassword('all lower case words', { isCommon: never })).toBeNull();
    expect(checkPassword('ééééééééééé', { isCommon: never })).toBe('too-short');
    expect(checkPassword('x'.repeat(1025), { isCommon: never })).toBe('too-long');
    expect(checkPassword('password1234', { isCommon: (p) => p === 'password1234' })).toBe('common');
    expect(checkPassword('ada@example.org', { isCommon: never, email: 'ada@example.org' })).toBe('contextual');
  });
});

describe('backoff', () => {
  it('locks after the free failures and doubles each time, up to the ceiling', () => {
    let state = undefined as ReturnType<typeof afterFailure> | undefined;
    const waits: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      state = afterFailure(state, 0, ACCOUNT_BACKOFF);
      waits.push(retryAfterMs(state, 0));
    }
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4, 7)).toEqual([30_000, 60_000, 120_000]);
    expect(Math.max(...waits)).toBe(ACCOUNT_BACKOFF.maxMs);
  });

  it('never shortens a lock by failing again', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }), (gaps) => {
        let state: ReturnType<typeof afterFailure> | undefined;
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          const before = state?.lockedUntil ?? 0;
          state = afterFailure(state, now, ACCOUNT_BACKOFF);
          if (state.lockedUntil !== null && state.lockedUntil < before) return false;
        }
        return true;
      }),
    );
  });
});

describe('session lifetime', () => {
  it('ends on idle and absolutely', () => {
    const life = { idleMs: 10, absoluteMs: 100 };
    expect(isSessionAlive(0, 0, 9, life)).toBe(true);
    expect(isSessionAlive(0, 0, 10, life)).toBe(false);
    expect(isSessionAlive(0, 95, 99, life)).toBe(true);
    expect(isSessionAlive(0, 95, 100, life)).toBe(false);
  });
});
