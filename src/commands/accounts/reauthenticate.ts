// Sensitive changes to one's own account (new password, new recovery codes, deletion) ask for the password
// again, so a session left open on a shared computer is not enough. Wrong passwords count like sign-in ones.
import { DomainError } from '../../domain/errors.js';
import { ACCOUNT_BACKOFF } from '../../domain/accounts/backoff.js';
import { findUser, type StoredUser } from '../../db/repositories/users.js';
import { appendAudit, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { verifyPassword } from './passwords.js';
import { assertNotLocked, recordFailure } from './throttle.js';

export async function reauthenticate(ctx: CommandContext, userId: string, password: string): Promise<StoredUser> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const keys = [{ key: `reauth:user:${userId}`, policy: ACCOUNT_BACKOFF }];
  await assertNotLocked(db, keys, now);
  const user = await findUser(db, userId);
  if (!user || user.status !== 'active') throw new DomainError('user_not_found', 'No such account.');
  if (!(await verifyPassword(user.passwordHash, password))) {
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, keys, now);
      await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.reauthenticate-failure', subject: userRef(userId) });
    });
    throw new DomainError('invalid_credentials', 'The password is wrong.');
  }
  return user;
}
