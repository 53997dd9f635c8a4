// GET /api/me/export: everything the platform holds about the user, as JSON. Secrets are never part of it (no
// password hash, TOTP secret, token hashes or one-time links); other people's personal data neither (the
// invitations the user sent are listed without the invitees' addresses).
import { DomainError } from '../../domain/errors.js';
import { findUser } from '../../db/repositories/users.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { listSessions } from '../../db/repositories/sessions.js';
import { listApiTokens } from '../../db/repositories/api-tokens.js';
import { listAuditEntries } from '../../db/repositories/audit-log.js';
import { listHistory } from '../../db/repositories/history.js';
import { userRef } from '../audit.js';
import { personalDataContributors, type PersonalDataContext, type PersonalDataContributor } from './personal-data.js';

export async function exportPersonalData(
  ctx: PersonalDataContext,
  userId: string,
  contributors: readonly PersonalDataContributor[] = personalDataContributors,
): Promise<Record<string, unknown>> {
  const db = ctx.store.db;
  const user = await findUser(db, userId);
  if (!user || user.status === 'deleted') throw new DomainError('user_not_found', 'No such account.');
  const me = userRef(userId);
  const [organisation, sessions, tokens, audit, history, invitationsSent, outbox] = await Promise.all([
    user.organisationId ? findOrganisation(db, user.organisationId) : Promise.resolve(undefined),
    listSessions(db, userId),
    listApiTokens(db, userId),
    listAuditEntries(db, { subjectOrActor: me }),
    listHistory(db, { actor: me }, { limit: 100_000, offset: 0 }),
    db.selectFrom('invitations').select(['id', 'organisation_id', 'roles', 'created_at', 'accepted_at', 'revoked_at']).where('invited_by', '=', userId).execute(),
    db.selectFrom('outbox').select(['id', 'created_at', 'purpose', 'subject', 'status']).where((eb) => eb.or([eb('user_id', '=', userId), eb('to_address', '=', user.email)])).execute(),
  ]);
  const other: Record<string, unknown> = {};
  for (const c of contributors) other[c.name] = await c.export(ctx, userId);
  return {
    format: 'iotspp-personal-data/1',
    exportedAt: ctx.clock.now().toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      status: user.status,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      twoFactor: user.totpSecret !== null ? 'totp' : 'none',
    },
    organisation: organisation ?? null,
    roles: user.roles,
    sessions: sessions.map((s) => ({ id: s.id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, userAgent: s.userAgent })),
    apiTokens: tokens.map((t) => ({ id: t.id, name: t.name, prefix: t.prefix, scopes: t.scopes, createdAt: t.createdAt, expiresAt: t.expiresAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt })),
    auditEntries: audit,
    curationHistory: history.items,
    invitationsSent: invitationsSent.map((i) => ({ id: i.id, organisationId: i.organisation_id, roles: JSON.parse(i.roles) as string[], createdAt: i.created_at, acceptedAt: i.accepted_at, revokedAt: i.revoked_at })),
    emails: outbox.map((m) => ({ id: m.id, createdAt: m.created_at, purpose: m.purpose, subject: m.subject, status: m.status })),
    other,
  };
}
