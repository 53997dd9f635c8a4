// Invitations: an administrator (or a member representative or manufacturer editor, for their own organisation,
// see src/domain/access/accounts.ts) invites an email address with roles. The email holds a single-use link
// that expires in 7 days; accepting it creates the account with a password of the invitee's choosing.
import type { Actor, UserActor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { ADDRESS_BACKOFF } from '../../domain/accounts/backoff.js';
import { isPlausibleEmail, normaliseEmail } from '../../domain/accounts/email.js';
import type { Role } from '../../domain/access/roles.js';
import { closeInvitation, findInvitation, findInvitationByTokenHash, insertInvitation, type StoredInvitation } from '../../db/repositories/invitations.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findUserByEmail, insertUser } from '../../db/repositories/users.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { AccountContext } from './account-context.js';
import { INVITATION_TTL_MS } from './account-context.js';
import { deliverQueued, queueEmail } from './mail.js';
import { assertAcceptablePassword, hashPassword } from './passwords.js';
import { hashSecret, newId, randomSecret } from './secrets.js';
import { addressKey, assertNotLocked, recordFailure } from './throttle.js';

export async function inviteUser(
  ctx: AccountContext,
  actor: UserActor,
  input: { email: string; organisationId: string; roles: Role[] },
): Promise<StoredInvitation> {
  const db = ctx.store.db;
  const email = normaliseEmail(input.email);
  if (!isPlausibleEmail(email)) throw new DomainError('validation_failed', 'Give a valid email address.', [{ pointer: 'body/email', message: 'is not an email address' }]);
  const organisation = await findOrganisation(db, input.organisationId);
  if (!organisation) throw new DomainError('organisation_not_found', `No organisation "${input.organisationId}".`);
  if (await findUserByEmail(db, email)) throw new DomainError('already_exists', 'An account with this email already exists.');
  const now = ctx.clock.now();
  const token = randomSecret();
  const invitation: StoredInvitation = {
    id: newId(),
    email,
    organisationId: organisation.id,
    roles: [...new Set(input.roles)],
    invitedBy: actor.userId,
    tokenHash: hashSecret(token),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
    acceptedAt: null,
    acceptedUserId: null,
    revokedAt: null,
  };
  const link = `${ctx.publicUrl}/invitations/accept#token=${token}`;
  const mailId = await db.transaction().execute(async (trx) => {
    await insertInvitation(trx, invitation);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: 'invitation.create',
      subject: `invitation:${invitation.id}`,
      payload: { organisationId: organisation.id, roles: invitation.roles, expiresAt: invitation.expiresAt },
    });
    return queueEmail(trx, ctx, {
      purpose: 'invitation',
      userId: null,
      to: email,
      subject: `Invitation to the IoT Security Policy Platform (${organisation.name})`,
      text:
        `You are invited to join the IoT Security Policy Platform for ${organisation.name}, as ${invitation.roles.join(', ')}.\n\n` +
        `Open this link to choose your password (it works once, until ${invitation.expiresAt}):\n${link}\n\n` +
        'If you did not expect this, ignore this email.',
    });
  });
  await deliverQueued(ctx, [mailId]);
  return invitation;
}

export async function revokeInvitation(ctx: AccountContext, actor: Actor, invitation: StoredInvitation): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await closeInvitation(trx, invitation.id, { revokedAt: ctx.clock.now().toISOString() }))) {
      throw new DomainError('conflict', 'This invitation was already accepted or revoked.');
    }
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'invitation.revoke', subject: `invitation:${invitation.id}` });
  });
}

export async function loadInvitation(ctx: AccountContext, id: string): Promise<StoredInvitation> {
  const invitation = await findInvitation(ctx.store.db, id);
  if (!invitation) throw new DomainError('invitation_not_found', 'No such invitation.');
  return invitation;
}

/** Finds the live invitation a token belongs to; a wrong token counts against the caller's address. */
export async function invitationForToken(ctx: AccountContext, token: string, address: string): Promise<StoredInvitation & { email: string }> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const keys = [{ key: addressKey('invitation', address), policy: ADDRESS_BACKOFF }];
  await assertNotLocked(db, keys, now);
  const invitation = await findInvitationByTokenHash(db, hashSecret(token));
  if (!invitation || invitation.email === null || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now.toISOString()) {
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, keys, now);
      await appendAudit(trx, ctx, { actor: 'anonymous', action: 'invitation.accept-failure', subject: invitation ? `invitation:${invitation.id}` : 'invitation:unknown' });
    });
    throw new DomainError('invalid_token', 'This invitation link is invalid, used or expired. Ask for a new invitation.');
  }
  return invitation as StoredInvitation & { email: string };
}

export async function acceptInvitation(
  ctx: AccountContext,
  input: { token: string; password: string; displayName: string },
  address: string,
): Promise<{ userId: string }> {
  const invitation = await invitationForToken(ctx, input.token, address);
  assertAcceptablePassword(input.password, { email: invitation.email, displayName: input.displayName });
  if (await findUserByEmail(ctx.store.db, invitation.email)) throw new DomainError('already_exists', 'An account with this email already exists.');
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  const at = ctx.clock.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await closeInvitation(trx, invitation.id, { acceptedAt: at, acceptedUserId: userId }))) {
      throw new DomainError('invalid_token', 'This invitation has just been used.');
    }
    await insertUser(trx, {
      id: userId,
      email: invitation.email,
      displayName: input.displayName.trim(),
      organisationId: invitation.organisationId,
      roles: invitation.roles,
      status: 'active',
      passwordHash,
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
    await appendAudit(trx, ctx, {
      actor: userRef(userId),
      action: 'invitation.accept',
      subject: userRef(userId),
      payload: { invitationId: invitation.id, organisationId: invitation.organisationId, roles: invitation.roles },
    });
  });
  return { userId };
}
