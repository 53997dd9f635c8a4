// A manufacturer's editors (or administrators) publish its disclosure policy and designate its PSIRT members.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../../domain/errors.js';
import { findOrganisation } from '../../../db/repositories/organisations.js';
import { savePolicy } from '../../../commands/disclosure/save-policy.js';
import { designatePsirtMember, removeFromPsirt } from '../../../commands/disclosure/psirt-membership.js';
import { psirtMembers } from '../../../commands/disclosure/policy-queries.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { assertCan } from '../../plugins/authorization.js';
import { disclosureContext } from './context.js';
import { IdParams, Items, PolicyBody, PolicySchema, PsirtMemberSchema, UserIdBody } from './schema.js';

const MANAGE = { access: { action: 'disclosure.policy.manage' as const } };

export const manageDisclosureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = disclosureContext(app);
  // Load, then authorize: an unknown manufacturer is a 404 for everyone, another manufacturer's page a 403.
  const authorize = async (req: FastifyRequest, organisationId: string) => {
    const organisation = await findOrganisation(ctx.store.db, organisationId);
    if (!organisation || organisation.type !== 'manufacturer') throw new DomainError('organisation_not_found', 'No such manufacturer.');
    assertCan(req, 'disclosure.policy.manage', { organisationId });
  };

  app.put(
    '/api/disclosure/manufacturers/:id/policy',
    { schema: { tags: ['disclosure'], summary: "Publish or replace the manufacturer's disclosure policy", params: IdParams, body: PolicyBody, response: { 200: PolicySchema, ...writeErrors } }, config: MANAGE },
    async (req) => {
      await authorize(req, req.params.id);
      const { organisationId: _o, ...policy } = await savePolicy(ctx, req.actor, req.params.id, req.body);
      return policy;
    },
  );

  app.get(
    '/api/disclosure/manufacturers/:id/psirt',
    { schema: { tags: ['disclosure'], summary: "The manufacturer's PSIRT members (who read its cases)", params: IdParams, response: { 200: Items(PsirtMemberSchema), ...readErrors } }, config: MANAGE },
    async (req) => {
      await authorize(req, req.params.id);
      return { items: (await psirtMembers(ctx, req.params.id)).map((m) => ({ userId: m.userId, displayName: m.displayName, addedAt: m.addedAt })) };
    },
  );

  app.post(
    '/api/disclosure/manufacturers/:id/psirt',
    { schema: { tags: ['disclosure'], summary: "Designate a user of the manufacturer's organisation as a PSIRT member", params: IdParams, body: UserIdBody, response: { 204: Type.Null(), ...writeErrors } }, config: MANAGE },
    async (req, reply) => {
      await authorize(req, req.params.id);
      await designatePsirtMember(ctx, req.actor, req.params.id, req.body.userId);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/disclosure/manufacturers/:id/psirt/:userId',
    { schema: { tags: ['disclosure'], summary: 'Remove a PSIRT member', params: Type.Object({ id: Type.String({ maxLength: 100 }), userId: Type.String({ maxLength: 100 }) }), response: { 204: Type.Null(), ...writeErrors } }, config: MANAGE },
    async (req, reply) => {
      await authorize(req, req.params.id);
      await removeFromPsirt(ctx, req.actor, req.params.id, req.params.userId);
      return reply.status(204).send(null);
    },
  );
};
