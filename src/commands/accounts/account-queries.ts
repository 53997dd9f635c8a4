// Read-only account queries for the routes and the CLI.
import { DomainError } from '../../domain/errors.js';
import type { UserActor } from '../../domain/access/actor.js';
import { hasRole } from '../../domain/access/actor.js';
import { countActiveAdministrators, countUnusedRecoveryCodes, findUser, listUsers, type StoredUser } from '../../db/repositories/users.js';
import { findOrganisation, listOrganisations } from '../../db/repositories/organisations.js';
import { listSessions } from '../../db/repositories/sessions.js';
import { listApiTokens } from '../../db/repositories/api-tokens.js';
import { listInvitations } from '../../db/repositories/invitations.js';
import { listOutbox } from '../../db/repositories/outbox.js';
import { listAuditEntries, countAuditEntries } from '../../db/repositories/audit-log.js';
import type { Organisation } from '../../domain/accounts/organisation.js';
import type { CommandContext } from '../context.js';

type Ctx = Pick<CommandContext, 'store'>;

export async function needsSetup(ctx: Ctx): Promise<boolean> {
  return (await countActiveAdministrators(ctx.store.db)) === 0;
}

export async function accountOverview(ctx: Ctx, userId: string): Promise<{ user: StoredUser; organisation: Organisation | null; recoveryCodesLeft: number }> {
  const user = await findUser(ctx.store.db, userId);
  if (!user || user.status !== 'active') throw new DomainError('user_not_found', 'No such account.');
  const organisation = user.organisationId ? ((await findOrganisation(ctx.store.db, user.organisationId)) ?? null) : null;
  return { user, organisation, recoveryCodesLeft: await countUnusedRecoveryCodes(ctx.store.db, userId) };
}

export const mySessions = (ctx: Ctx, userId: string) => listSessions(ctx.store.db, userId);
export const myApiTokens = (ctx: Ctx, userId: string) => listApiTokens(ctx.store.db, userId);
export const allOrganisations = (ctx: Ctx) => listOrganisations(ctx.store.db);
export const outboxPage = (ctx: Ctx, page: { limit: number; offset: number }) => listOutbox(ctx.store.db, page);

export async function organisationOrThrow(ctx: Ctx, id: string): Promise<Organisation> {
  const organisation = await findOrganisation(ctx.store.db, id);
  if (!organisation) throw new DomainError('organisation_not_found', `No organisation "${id}".`);
  return organisation;
}

export async function organisationMembers(ctx: Ctx, organisationId: string): Promise<StoredUser[]> {
  await organisationOrThrow(ctx, organisationId);
  return listUsers(ctx.store.db, { organisationId });
}

export const allUsers = (ctx: Ctx) => listUsers(ctx.store.db);

/** Administrators see every invitation; others those of their own organisation. */
export async function visibleInvitations(ctx: Ctx, actor: UserActor) {
  if (hasRole(actor, 'administrator')) return listInvitations(ctx.store.db);
  if (actor.organisationId === null) return [];
  return listInvitations(ctx.store.db, { organisationId: actor.organisationId });
}

export async function auditPage(ctx: Ctx, query: { subject?: string; actor?: string; afterSeq?: number; limit: number }) {
  const [items, total] = await Promise.all([
    listAuditEntries(ctx.store.db, { subject: query.subject, actor: query.actor, afterSeq: query.afterSeq, limit: query.limit }),
    countAuditEntries(ctx.store.db),
  ]);
  return { items, total };
}
