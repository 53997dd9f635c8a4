// The signed-in user's own account: profile, password, sessions, two factors, API tokens, export, deletion.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { accountOverview, myApiTokens, mySessions } from '../../../commands/accounts/account-queries.js';
import { changePassword, updateProfile } from '../../../commands/accounts/update-account.js';
import { signOutEverywhere } from '../../../commands/accounts/sign-out.js';
import { beginTotpEnrolment, confirmTotpEnrolment } from '../../../commands/accounts/totp-enrolment.js';
import { regenerateRecoveryCodes } from '../../../commands/accounts/regenerate-recovery-codes.js';
import { createApiToken, revokeOwnApiToken } from '../../../commands/accounts/api-tokens.js';
import { exportPersonalData } from '../../../commands/accounts/export-personal-data.js';
import { deleteAccount } from '../../../commands/accounts/delete-account.js';
import { csrfTokenFor } from '../../../commands/accounts/start-session.js';
import type { PersonalDataContext } from '../../../commands/accounts/personal-data.js';
import { disclosureContext } from '../disclosure/context.js';
import { readErrors, sensitiveRateLimit, writeErrors } from '../../schemas/common.js';
import { accountContext, clearSessionCookie, requireSession, requireUser, setSessionCookie } from '../../plugins/session.js';
import { ApiTokenSchema, DisplayName, Message, OrganisationSchema, Password, SessionMetaSchema, UserSchema } from './schema.js';
import { presentApiToken, presentSession, presentUser } from './presenter.js';

const Me = Type.Object({ user: UserSchema, organisation: Type.Union([OrganisationSchema, Type.Null()]), recoveryCodesLeft: Type.Integer() });
const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String(), { description: 'shown once: store them safely' }) });
const PasswordBody = Type.Object({ password: Password }, { additionalProperties: false });

export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = accountContext(app);
  // Export and erasure reach every feature's data, disclosure's sealed fields included: same key as disclosure.
  const personal: PersonalDataContext = { ...app.deps, sealer: disclosureContext(app).sealer, publicUrl: app.deps.config.publicUrl };

  app.get('/api/me', { schema: { tags: ['accounts'], summary: 'My account', response: { 200: Me, ...readErrors } }, config: { access: { action: 'account.read' } } }, async (req) => {
    const o = await accountOverview(app.deps, requireUser(req).userId);
    return { user: presentUser(o.user), organisation: o.organisation, recoveryCodesLeft: o.recoveryCodesLeft };
  });

  app.patch(
    '/api/me',
    {
      schema: { tags: ['accounts'], summary: 'Change my display name', body: Type.Object({ displayName: Type.Optional(DisplayName) }, { additionalProperties: false }), response: { 200: Message, ...writeErrors } },
      config: { access: { action: 'account.update' } },
    },
    async (req) => {
      await updateProfile(app.deps, requireUser(req).userId, req.body);
      return { message: 'Saved.' };
    },
  );

  app.delete(
    '/api/me',
    { schema: { tags: ['accounts'], summary: 'Delete my account (asks for the password)', body: PasswordBody, response: { 200: Message, ...writeErrors } }, config: { access: { action: 'account.delete' }, rateLimit: sensitiveRateLimit } },
    async (req, reply) => {
      await deleteAccount(personal, requireUser(req).userId, req.body.password);
      clearSessionCookie(req, reply);
      return { message: 'Your account and your personal data are deleted.' };
    },
  );

  app.get('/api/me/export', { schema: { tags: ['accounts'], summary: 'Download everything the platform holds about me (JSON)' }, config: { access: { action: 'account.read' } } }, async (req, reply) => {
    const data = await exportPersonalData(personal, requireUser(req).userId);
    return reply.header('content-disposition', 'attachment; filename="iotspp-personal-data.json"').type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
  });

  app.post(
    '/api/me/password',
    {
      schema: { tags: ['accounts'], summary: 'Change my password (ends my other sessions)', body: Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false }), response: { 200: Message, ...writeErrors } },
      config: { access: { action: 'account.credentials' }, rateLimit: sensitiveRateLimit },
    },
    async (req) => {
      const ended = await changePassword(app.deps, requireUser(req).userId, req.body, requireSession(req).stored.id);
      return { message: `Password changed; ${ended} other session(s) ended.` };
    },
  );

  app.get('/api/me/sessions', { schema: { tags: ['accounts'], summary: 'My sessions', response: { 200: Type.Object({ items: Type.Array(SessionMetaSchema) }), ...readErrors } }, config: { access: { action: 'account.read' } } }, async (req) => {
    const sessions = await mySessions(app.deps, requireUser(req).userId);
    return { items: sessions.map((s) => presentSession(s, req.session?.stored.id ?? null)) };
  });

  app.delete(
    '/api/me/sessions',
    { schema: { tags: ['accounts'], summary: 'Sign out everywhere: end all my sessions, this one included', response: { 200: Message, ...writeErrors } }, config: { access: { action: 'account.credentials' } } },
    async (req, reply) => {
      const actor = requireUser(req);
      const ended = await signOutEverywhere(app.deps, actor, actor.userId);
      clearSessionCookie(req, reply);
      return { message: `${ended} session(s) ended.` };
    },
  );

  app.post(
    '/api/me/totp',
    {
      schema: { tags: ['accounts'], summary: 'Start TOTP enrolment: a secret and an otpauth:// URI for the QR code', response: { 200: Type.Object({ secret: Type.String(), uri: Type.String() }), ...writeErrors } },
      config: { access: { action: 'account.totp' } },
    },
    async (req) => beginTotpEnrolment(ctx, requireUser(req).userId),
  );

  app.post(
    '/api/me/totp/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Finish TOTP enrolment with a code; returns recovery codes (once) and a new session',
        body: Type.Object({ code: Type.String({ pattern: '^\\d{6}$' }) }, { additionalProperties: false }),
        response: { 200: Type.Intersect([RecoveryCodes, Type.Object({ csrfToken: Type.String() })]), ...writeErrors },
      },
      config: { access: { action: 'account.totp' }, rateLimit: sensitiveRateLimit },
    },
    async (req, reply) => {
      const session = requireSession(req);
      const result = await confirmTotpEnrolment(ctx, requireUser(req).userId, req.body.code, { sessionId: session.stored.id, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(req, reply, result.token, ctx.sessionLifetime.absoluteMs);
      return { recoveryCodes: result.recoveryCodes, csrfToken: csrfTokenFor(result.token) };
    },
  );

  app.post(
    '/api/me/recovery-codes',
    { schema: { tags: ['accounts'], summary: 'Replace my recovery codes (asks for the password)', body: PasswordBody, response: { 200: RecoveryCodes, ...writeErrors } }, config: { access: { action: 'account.credentials' }, rateLimit: sensitiveRateLimit } },
    async (req) => ({ recoveryCodes: await regenerateRecoveryCodes(app.deps, requireUser(req).userId, req.body.password) }),
  );

  app.get('/api/me/tokens', { schema: { tags: ['accounts'], summary: 'My API tokens (never the secrets)', response: { 200: Type.Object({ items: Type.Array(ApiTokenSchema) }), ...readErrors } }, config: { access: { action: 'account.read' } } }, async (req) => ({
    items: (await myApiTokens(app.deps, requireUser(req).userId)).map(presentApiToken),
  }));

  app.post(
    '/api/me/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token; the token is shown in this response only',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
            scopes: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50, description: 'action names or families, e.g. registry.write or registry' }),
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Intersect([ApiTokenSchema, Type.Object({ token: Type.String() })]), ...writeErrors },
      },
      config: { access: { action: 'account.credentials' }, rateLimit: sensitiveRateLimit },
    },
    async (req, reply) => {
      const created = await createApiToken(app.deps, requireUser(req).userId, req.body);
      return reply.status(201).send({ ...presentApiToken(created.stored), token: created.token });
    },
  );

  app.delete(
    '/api/me/tokens/:id',
    { schema: { tags: ['accounts'], summary: 'Revoke one of my API tokens', params: Type.Object({ id: Type.String({ maxLength: 100 }) }), response: { 200: Message, ...writeErrors } }, config: { access: { action: 'account.credentials' } } },
    async (req) => {
      await revokeOwnApiToken(app.deps, requireUser(req).userId, req.params.id);
      return { message: 'Revoked.' };
    },
  );
};
