// First start: GET /api/setup says whether the Platform still needs its first administrator; POST /api/setup
// creates one with the one-time setup token printed by the server (or by `iotspp admin create --email`).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { completeSetup } from '../../../commands/accounts/complete-setup.js';
import { needsSetup } from '../../../commands/accounts/account-queries.js';
import { sensitiveRateLimit, writeErrors } from '../../schemas/common.js';
import { accountContext } from '../../plugins/session.js';
import { DisplayName, Email, OrganisationInputSchema, Password, Secret } from '../account/schema.js';

const SetupBody = Type.Object(
  {
    token: Secret,
    email: Email,
    password: Password,
    displayName: DisplayName,
    organisation: Type.Union([OrganisationInputSchema, Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false })]),
  },
  { additionalProperties: false },
);

export const setupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = accountContext(app);

  app.get(
    '/api/setup',
    { schema: { tags: ['accounts'], summary: 'Whether the first administrator is still to be created', response: { 200: Type.Object({ needed: Type.Boolean() }) } }, config: { access: { action: 'setup.read' } } },
    async () => ({ needed: await needsSetup(app.deps) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an administrator with a one-time setup token',
        body: SetupBody,
        response: { 201: Type.Object({ userId: Type.String(), organisationId: Type.String() }), ...writeErrors },
      },
      config: { access: { action: 'setup.complete' }, rateLimit: sensitiveRateLimit },
    },
    async (req, reply) => {
      const created = await completeSetup(ctx, req.body, req.ip);
      return reply.status(201).send(created);
    },
  );
};
