// A user's changes to their own account: display name, password (asks for the current one; ends every other
// session).
import { DomainError } from '../../domain/errors.js';
import { findUser, saveUser } from '../../db/repositories/users.js';
import { deleteUserSessions } from '../../db/repositories/sessions.js';
import { appendAudit, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { assertAcceptablePassword, hashPassword } from './passwords.js';
import { reauthenticate } from './reauthenticate.js';

export async function updateProfile(ctx: CommandContext, userId: string, changes: { displayName?: string }): Promise<void> {
  const user = await findUser(ctx.store.db, userId);
  if (!user || user.status !== 'active') throw new DomainError('user_not_found', 'No such account.');
  const fields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined);
  await ctx.store.db.transaction().execute(async (trx) => {
    await saveUser(trx, { ...user, displayName: changes.displayName?.trim() ?? user.displayName, updatedAt: ctx.clock.now().toISOString() });
    // Which fields changed, never their values: the audit log holds no personal data.
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.update', subject: userRef(userId), payload: { fields } });
  });
}

export async function changePassword(
  ctx: CommandContext,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionId: string,
): Promise<number> {
  const user = await reauthenticate(ctx, userId, input.currentPassword);
  assertAcceptablePassword(input.newPassword, { email: user.email, displayName: user.displayName });
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.store.db.transaction().execute(async (trx) => {
    await saveUser(trx, { ...user, passwordHash, updatedAt: ctx.clock.now().toISOString() });
    const ended = await deleteUserSessions(trx, userId, keepSessionId);
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.password-change', subject: userRef(userId), payload: { otherSessionsEnded: ended } });
    return ended;
  });
}
