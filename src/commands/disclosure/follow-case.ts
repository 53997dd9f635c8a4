// The reporter's private link: its token opens that one case, nothing else. Wrong tokens count against the
// caller's address with the same backoff as other one-time links, so guessing is slow as well as hopeless.
import { ADDRESS_BACKOFF } from '../../domain/accounts/backoff.js';
import { DomainError } from '../../domain/errors.js';
import { findCaseByTokenHash } from '../../db/repositories/disclosure-cases.js';
import { hashSecret } from '../accounts/secrets.js';
import { addressKey, assertNotLocked, recordFailure } from '../accounts/throttle.js';
import { participantsOf, type LoadedCase } from './case-access.js';
import type { DisclosureContext } from './disclosure-context.js';

export async function caseForToken(ctx: Pick<DisclosureContext, 'store' | 'clock'>, token: string, address: string): Promise<LoadedCase> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const keys = [{ key: addressKey('disclosure-follow', address), policy: ADDRESS_BACKOFF }];
  await assertNotLocked(db, keys, now);
  const record = token.length >= 32 && token.length <= 100 ? await findCaseByTokenHash(db, hashSecret(token)) : undefined;
  if (!record) {
    await recordFailure(db, keys, now);
    throw new DomainError('invalid_token', 'This private link is not valid. Check that you copied all of it.');
  }
  return participantsOf(db, record, now);
}
