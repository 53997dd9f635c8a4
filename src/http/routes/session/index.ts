// Signing in and out. GET /api/session tells a page who is signed in and hands it the CSRF token.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signIn } from '../../../commands/accounts/sign-in.js';
import { signOut } from '../../../commands/accounts/sign-out.js';
import { accountOverview } from '../../../commands/accounts/account-queries.js';
import { csrfTokenFor } from '../../../commands/accounts/start-session.js';
import { actorForUser } from '../../../commands/accounts/actor-for-user.js';
import type { UserActor } from '../../../domain/access/actor.js';
import { sessionExpiresAt } from '../../../domain/accounts/session-lifetime.js';
import { writeErrors, sensitiveRateLimit } from '../../schemas/common.js';
import { accountContext, clearSessionCookie, requireSession, requireUser, sessionTokenFrom, setSessionCookie } from '../../plugins/session.js';
import { Email, Message, Password, SessionInfoSchema } from '../account/schema.js';
import { presentUser } from '../account/presenter.js';

const SignInBody = Type.Object(
  { email: Email, password: Password, code: Type.Optional(Type.String({ maxLength: 40, description: 'TOTP code or recovery code' })) },
  { additionalProperties: false },
);

export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = accountContext(app);

  app.get(
    '/api/session',
    { schema: { tags: ['accounts'], summary: 'Who is signed in, and the CSRF token for writes', response: { 200: SessionInfoSchema } }, config: { access: { action: 'session.read' } } },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'user' || !req.session) {
        return { authenticated: actor.kind === 'user', csrfToken: null, user: null, organisation: null, mustEnrolTotp: false, expiresAt: null };
      }
      const { user, organisation } = await accountOverview(app.deps, actor.userId);
      const s = req.session.stored;
      const expires = sessionExpiresAt(Date.parse(s.createdAt), Date.parse(s.lastSeenAt), ctx.sessionLifetime);
      return {
        authenticated: true,
        csrfToken: csrfTokenFor(req.session.token),
        user: presentUser(user),
        organisation,
        mustEnrolTotp: actor.mustEnrolTotp,
        expiresAt: new Date(expires).toISOString(),
      };
    },
  );

  app.post(
    '/api/session',
    {
      schema: { tags: ['accounts'], summary: 'Sign in (email, password and, once enrolled, a TOTP or recovery code)', body: SignInBody, response: { 200: SessionInfoSchema, ...writeErrors } },
      config: { access: { action: 'session.create' }, rateLimit: sensitiveRateLimit },
    },
    async (req, reply) => {
      const started = await signIn(ctx, req.body, { address: req.ip, userAgent: req.headers['user-agent'] ?? null, previousSessionToken: sessionTokenFrom(req) });
      setSessionCookie(req, reply, started.token, ctx.sessionLifetime.absoluteMs);
      const { user, organisation } = await accountOverview(app.deps, started.user.id);
      const s = started.session;
      return {
        authenticated: true,
        csrfToken: csrfTokenFor(started.token),
        user: presentUser(user),
        organisation,
        mustEnrolTotp: (actorForUser(user, 'session', null) as UserActor).mustEnrolTotp,
        expiresAt: new Date(sessionExpiresAt(Date.parse(s.createdAt), Date.parse(s.lastSeenAt), ctx.sessionLifetime)).toISOString(),
      };
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['accounts'], summary: 'Sign out of this session', response: { 200: Message, ...writeErrors } }, config: { access: { action: 'session.delete' } } },
    async (req, reply) => {
      const actor = requireUser(req);
      const session = requireSession(req);
      await signOut(app.deps, actor, session.stored.id, actor.userId);
      clearSessionCookie(req, reply);
      return { message: 'Signed out.' };
    },
  );
};
