// DELETE /api/me: the user erases their account, after giving their password again. Personal fields are set to
// null and every row that holds the address or name is deleted (sessions, tokens, one-time links, invitations,
// mail, throttle rows, recovery codes), in one transaction. The user row stays as a pseudonymous shell so the
// audit log and curation history, which only ever named "user:<id>", keep verifying and keep their meaning.
// Every feature's contributor (personal-data.ts) erases or pseudonymises its own data in the same transaction.
import { DomainError } from '../../domain/errors.js';
import { countActiveAdministrators, replaceRecoveryCodes, saveUser } from '../../db/repositories/users.js';
import { deleteUserSessions } from '../../db/repositories/sessions.js';
import { deleteUserApiTokens } from '../../db/repositories/api-tokens.js';
import { deleteUserOneTimeTokens } from '../../db/repositories/one-time-tokens.js';
import { deleteInvitationsTo } from '../../db/repositories/invitations.js';
import { deleteOutboxFor } from '../../db/repositories/outbox.js';
import { appendAudit, userRef } from '../audit.js';
import { personalDataContributors, type PersonalDataContext, type PersonalDataContributor } from './personal-data.js';
import { reauthenticate } from './reauthenticate.js';
import { accountKey, clearFailures } from './throttle.js';

export async function deleteAccount(
  ctx: PersonalDataContext,
  userId: string,
  password: string,
  contributors: readonly PersonalDataContributor[] = personalDataContributors,
): Promise<void> {
  const user = await reauthenticate(ctx, userId, password);
  const at = ctx.clock.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (user.roles.includes('administrator') && (await countActiveAdministrators(trx)) <= 1) {
      throw new DomainError('last_administrator', 'You are the last administrator: make someone else an administrator before deleting your account.');
    }
    for (const c of contributors) await c.erase(trx, ctx, userId);
    await deleteUserSessions(trx, userId);
    await deleteUserApiTokens(trx, userId);
    await deleteUserOneTimeTokens(trx, userId, user.email);
    await replaceRecoveryCodes(trx, userId, [], at);
    if (user.email) {
      await deleteInvitationsTo(trx, user.email);
      await clearFailures(trx, [accountKey('login', user.email), accountKey('reset-mail', user.email)]);
    }
    await clearFailures(trx, [`reauth:user:${userId}`, `totp:user:${userId}`]);
    await deleteOutboxFor(trx, userId, user.email);
    await saveUser(trx, {
      ...user,
      email: null,
      displayName: null,
      organisationId: null,
      roles: [],
      status: 'deleted',
      passwordHash: null,
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
      updatedAt: at,
      deletedAt: at,
    });
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'account.delete', subject: userRef(userId) });
  });
}
