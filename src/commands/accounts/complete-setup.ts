// POST /api/setup: the holder of a setup token creates an administrator (and, for the first one, its
// organisation). The token works once; wrong tokens count against the caller's address.
import { DomainError } from '../../domain/errors.js';
import { ADDRESS_BACKOFF } from '../../domain/accounts/backoff.js';
import { isPlausibleEmail, normaliseEmail } from '../../domain/accounts/email.js';
import { isCountryCode, type OrganisationType } from '../../domain/accounts/organisation.js';
import { findOneTimeToken, expireOneTimeTokens, useOneTimeToken } from '../../db/repositories/one-time-tokens.js';
import { findUserByEmail, insertUser } from '../../db/repositories/users.js';
import { findOrganisation, insertOrganisation } from '../../db/repositories/organisations.js';
import { appendAudit, userRef } from '../audit.js';
import type { AccountContext } from './account-context.js';
import { assertAcceptablePassword, hashPassword } from './passwords.js';
import { hashSecret, newId } from './secrets.js';
import { addressKey, assertNotLocked, recordFailure } from './throttle.js';

export interface SetupInput {
  token: string;
  email: string;
  password: string;
  displayName: string;
  organisation: { name: string; type: OrganisationType; country: string } | { id: string };
}

export async function completeSetup(ctx: AccountContext, input: SetupInput, address: string): Promise<{ userId: string; organisationId: string }> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const keys = [{ key: addressKey('setup', address), policy: ADDRESS_BACKOFF }];
  await assertNotLocked(db, keys, now);
  const email = normaliseEmail(input.email);
  const stored = await findOneTimeToken(db, 'setup', hashSecret(input.token));
  if (!stored || stored.usedAt !== null || stored.expiresAt <= now.toISOString() || (stored.email !== null && stored.email !== email)) {
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, keys, now);
      await appendAudit(trx, ctx, { actor: 'anonymous', action: 'setup.failure', subject: 'setup-token:unknown', payload: { reason: 'invalid-token' } });
    });
    throw new DomainError('invalid_token', 'This setup link is invalid, used or expired. Ask the operator for a new one (`iotspp admin create --email`).');
  }
  if (!isPlausibleEmail(email)) throw new DomainError('validation_failed', 'Give a valid email address.', [{ pointer: 'body/email', message: 'is not an email address' }]);
  assertAcceptablePassword(input.password, { email, displayName: input.displayName });
  if (await findUserByEmail(db, email)) throw new DomainError('already_exists', 'An account with this email already exists.');
  if ('country' in input.organisation && !isCountryCode(input.organisation.country)) {
    throw new DomainError('validation_failed', 'The country must be an ISO 3166-1 alpha-2 code (or INT).', [{ pointer: 'body/organisation/country', message: 'unknown code' }]);
  }
  if ('id' in input.organisation && !(await findOrganisation(db, input.organisation.id))) {
    throw new DomainError('organisation_not_found', `No organisation "${input.organisation.id}".`);
  }
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  const at = now.toISOString();
  const organisationId = await db.transaction().execute(async (trx) => {
    if (!(await useOneTimeToken(trx, stored.id, at))) throw new DomainError('invalid_token', 'This setup link has just been used.');
    await expireOneTimeTokens(trx, 'setup', at, { unboundOnly: true });
    let orgId: string;
    if ('id' in input.organisation) {
      orgId = input.organisation.id;
    } else {
      orgId = newId();
      const { name, type, country } = input.organisation;
      await insertOrganisation(trx, { id: orgId, name: name.trim(), type, country, createdAt: at });
      await appendAudit(trx, ctx, { actor: userRef(userId), action: 'organisation.create', subject: `organisation:${orgId}`, payload: { name: name.trim(), type, country } });
    }
    await insertUser(trx, {
      id: userId,
      email,
      displayName: input.displayName.trim(),
      organisationId: orgId,
      roles: ['administrator'],
      status: 'active',
      passwordHash,
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'setup.complete', subject: userRef(userId), payload: { organisationId: orgId, roles: ['administrator'], setupToken: stored.id } });
    return orgId;
  });
  return { userId, organisationId };
}
