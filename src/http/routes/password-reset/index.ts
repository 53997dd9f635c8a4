// Password reset: ask (always the same answer, whether or not the address has an account), then complete
// with the token from the emailed link.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { completePasswordReset, requestPasswordReset } from '../../../commands/accounts/password-reset.js';
import { sensitiveRateLimit, writeErrors } from '../../schemas/common.js';
import { accountContext } from '../../plugins/session.js';
import { Email, Message, Password, Secret } from '../account/schema.js';

export const passwordResetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = accountContext(app);

  app.post(
    '/api/password-reset',
    {
      schema: { tags: ['accounts'], summary: 'Ask for a password reset link by email', body: Type.Object({ email: Email }, { additionalProperties: false }), response: { 202: Message, ...writeErrors } },
      config: { access: { action: 'password-reset.request' }, rateLimit: sensitiveRateLimit },
    },
    async (req, reply) => {
      await requestPasswordReset(ctx, req.body.email, req.ip);
      return reply.status(202).send({ message: 'If this address has an account, a reset link is on its way.' });
    },
  );

  app.post(
    '/api/password-reset/complete',
    {
      schema: { tags: ['accounts'], summary: 'Set a new password with the token from the link (ends every session)', body: Type.Object({ token: Secret, password: Password }, { additionalProperties: false }), response: { 200: Message, ...writeErrors } },
      config: { access: { action: 'password-reset.complete' }, rateLimit: sensitiveRateLimit },
    },
    async (req) => {
      await completePasswordReset(ctx, req.body, req.ip);
      return { message: 'Your password is changed; sign in with it.' };
    },
  );
};
