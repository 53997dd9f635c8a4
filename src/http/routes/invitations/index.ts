// Invitations: create, list and revoke (administrators; member representatives and manufacturer editors for
// their own organisation), and, for the invitee, look up and accept with the token from the email link.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { acceptInvitation, invitationForToken, inviteUser, loadInvitation, revokeInvitation } from '../../../commands/accounts/invitations.js';
import { organisationOrThrow, visibleInvitations } from '../../../commands/accounts/account-queries.js';
import type { StoredInvitation } from '../../../db/repositories/invitations.js';
import { readErrors, sensitiveRateLimit, writeErrors } from '../../schemas/common.js';
import { assertCan } from '../../plugins/authorization.js';
import { accountContext, requireUser } from '../../plugins/session.js';
import { DisplayName, Email, Message, OrganisationSchema, Password, RoleList, Secret } from '../account/schema.js';

const InvitationSchema = Type.Object({
  id: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.String(),
  roles: RoleList,
  status: Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('revoked'), Type.Literal('expired')]),
  createdAt: Type.String(),
  expiresAt: Type.String(),
});

function presentInvitation(i: StoredInvitation, now: string) {
  const status = i.acceptedAt ? 'accepted' : i.revokedAt ? 'revoked' : i.expiresAt <= now ? 'expired' : 'pending';
  return { id: i.id, email: i.email, organisationId: i.organisationId, roles: i.roles, status: status as 'pending', createdAt: i.createdAt, expiresAt: i.expiresAt };
}

export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = accountContext(app);
  const now = () => app.deps.clock.now().toISOString();

  app.post(
    '/api/invitations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invite someone by email, with roles, into an organisation (the email holds a single-use link)',
        body: Type.Object({ email: Email, organisationId: Type.String({ minLength: 1, maxLength: 100 }), roles: RoleList }, { additionalProperties: false }),
        response: { 201: InvitationSchema, ...writeErrors },
      },
      config: { access: { action: 'invitations.manage' } },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      assertCan(req, 'invitations.manage', { organisationId: req.body.organisationId, roles: req.body.roles });
      const invitation = await inviteUser(ctx, actor, req.body);
      return reply.status(201).send(presentInvitation(invitation, now()));
    },
  );

  app.get(
    '/api/invitations',
    { schema: { tags: ['accounts'], summary: 'Invitations I may manage', response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }), ...readErrors } }, config: { access: { action: 'invitations.manage' } } },
    async (req) => ({ items: (await visibleInvitations(app.deps, requireUser(req))).map((i) => presentInvitation(i, now())) }),
  );

  app.delete(
    '/api/invitations/:id',
    { schema: { tags: ['accounts'], summary: 'Revoke an invitation', params: Type.Object({ id: Type.String({ maxLength: 100 }) }), response: { 200: Message, ...writeErrors } }, config: { access: { action: 'invitations.manage' } } },
    async (req) => {
      const invitation = await loadInvitation(ctx, req.params.id);
      assertCan(req, 'invitations.manage', { organisationId: invitation.organisationId, roles: invitation.roles });
      await revokeInvitation(ctx, req.actor, invitation);
      return { message: 'Revoked.' };
    },
  );

  app.post(
    '/api/invitations/lookup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'What an invitation link is for (the token comes from the link, never from the URL the server sees)',
        body: Type.Object({ token: Secret }, { additionalProperties: false }),
        response: { 200: Type.Object({ email: Type.String(), organisation: OrganisationSchema, roles: RoleList, expiresAt: Type.String() }), ...writeErrors },
      },
      config: { access: { action: 'invitation.accept' }, rateLimit: sensitiveRateLimit },
    },
    async (req) => {
      const invitation = await invitationForToken(ctx, req.body.token, req.ip);
      return { email: invitation.email, organisation: await organisationOrThrow(app.deps, invitation.organisationId), roles: invitation.roles, expiresAt: invitation.expiresAt };
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: choose a name and a password; then sign in',
        body: Type.Object({ token: Secret, password: Password, displayName: DisplayName }, { additionalProperties: false }),
        response: { 201: Type.Object({ userId: Type.String() }), ...writeErrors },
      },
      config: { access: { action: 'invitation.accept' }, rateLimit: sensitiveRateLimit },
    },
    async (req, reply) => reply.status(201).send(await acceptInvitation(ctx, req.body, req.ip)),
  );
};
