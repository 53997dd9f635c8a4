// Organisations: a public directory; administrators register and correct them; members see their colleagues.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { allOrganisations, organisationMembers, organisationOrThrow } from '../../../commands/accounts/account-queries.js';
import { createOrganisation, editOrganisation } from '../../../commands/accounts/organisations.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { assertCan } from '../../plugins/authorization.js';
import { OrganisationInputSchema, OrganisationSchema, RoleList } from '../account/schema.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const MemberSchema = Type.Object({ id: Type.String(), displayName: Type.String(), roles: RoleList });

export const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/organisations',
    { schema: { tags: ['accounts'], summary: 'Organisations on the Platform', response: { 200: Type.Object({ items: Type.Array(OrganisationSchema) }) } }, config: { access: { action: 'organisations.read' } } },
    async () => ({ items: await allOrganisations(app.deps) }),
  );

  app.get(
    '/api/organisations/:id',
    { schema: { tags: ['accounts'], summary: 'One organisation', params: IdParams, response: { 200: OrganisationSchema, ...readErrors } }, config: { access: { action: 'organisations.read' } } },
    async (req) => organisationOrThrow(app.deps, req.params.id),
  );

  app.post(
    '/api/organisations',
    { schema: { tags: ['accounts'], summary: 'Register an organisation', body: OrganisationInputSchema, response: { 201: OrganisationSchema, ...writeErrors } }, config: { access: { action: 'organisations.manage' } } },
    async (req, reply) => reply.status(201).send(await createOrganisation(app.deps, req.actor, req.body)),
  );

  app.patch(
    '/api/organisations/:id',
    {
      schema: { tags: ['accounts'], summary: 'Correct an organisation', params: IdParams, body: Type.Partial(OrganisationInputSchema, { additionalProperties: false }), response: { 200: OrganisationSchema, ...writeErrors } },
      config: { access: { action: 'organisations.manage' } },
    },
    async (req) => editOrganisation(app.deps, req.actor, req.params.id, req.body),
  );

  app.get(
    '/api/organisations/:id/members',
    { schema: { tags: ['accounts'], summary: "An organisation's members (its own members and administrators)", params: IdParams, response: { 200: Type.Object({ items: Type.Array(MemberSchema) }), ...readErrors } }, config: { access: { action: 'organisations.members' } } },
    async (req) => {
      assertCan(req, 'organisations.members', { organisationId: req.params.id });
      const members = await organisationMembers(app.deps, req.params.id);
      return { items: members.map((m) => ({ id: m.id, displayName: m.displayName ?? '', roles: m.roles })) };
    },
  );
};
