// An administrator changes a user's roles, organisation or status. The Platform can never be left without an
// active administrator. Disabling ends the user's sessions (and their API tokens stop working with the status).
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { Role } from '../../domain/access/roles.js';
import { countActiveAdministrators, findUser, replaceRecoveryCodes, saveUser, type StoredUser } from '../../db/repositories/users.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { deleteUserSessions } from '../../db/repositories/sessions.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';

export interface UserChanges {
  roles?: Role[];
  organisationId?: string | null;
  status?: 'active' | 'disabled';
}

export async function updateUser(ctx: CommandContext, actor: Actor, userId: string, changes: UserChanges): Promise<StoredUser> {
  const db = ctx.store.db;
  const user = await findUser(db, userId);
  if (!user || user.status === 'deleted') throw new DomainError('user_not_found', `No user "${userId}".`);
  if (changes.organisationId && !(await findOrganisation(db, changes.organisationId))) {
    throw new DomainError('organisation_not_found', `No organisation "${changes.organisationId}".`);
  }
  const next: StoredUser = {
    ...user,
    roles: changes.roles ? [...new Set(changes.roles)] : user.roles,
    organisationId: changes.organisationId === undefined ? user.organisationId : changes.organisationId,
    status: changes.status ?? user.status,
    updatedAt: ctx.clock.now().toISOString(),
  };
  const wasAdmin = user.status === 'active' && user.roles.includes('administrator');
  const staysAdmin = next.status === 'active' && next.roles.includes('administrator');
  return db.transaction().execute(async (trx) => {
    if (wasAdmin && !staysAdmin && (await countActiveAdministrators(trx)) <= 1) {
      throw new DomainError('last_administrator', 'This is the last active administrator: make someone else an administrator first.');
    }
    await saveUser(trx, next);
    if (next.status !== 'active') await deleteUserSessions(trx, userId);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: 'user.update',
      subject: userRef(userId),
      payload: {
        before: { roles: user.roles, organisationId: user.organisationId, status: user.status },
        after: { roles: next.roles, organisationId: next.organisationId, status: next.status },
      },
    });
    return next;
  });
}

/**
 * For a user who lost both their authenticator and their recovery codes: an administrator turns TOTP off. The
 * user's sessions end; at the next sign-in (password only) a user whose roles need TOTP must enrol again first.
 */
export async function resetUserTotp(ctx: CommandContext, actor: Actor, userId: string): Promise<void> {
  const db = ctx.store.db;
  const user = await findUser(db, userId);
  if (!user || user.status === 'deleted') throw new DomainError('user_not_found', `No user "${userId}".`);
  const at = ctx.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await saveUser(trx, { ...user, totpSecret: null, totpPendingSecret: null, totpLastStep: null, updatedAt: at });
    await replaceRecoveryCodes(trx, userId, [], at);
    const ended = await deleteUserSessions(trx, userId);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'user.totp-reset', subject: userRef(userId), payload: { sessionsEnded: ended } });
  });
}
