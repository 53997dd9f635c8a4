// Administration: users (roles, organisation, status, forced sign-out), the outbox, and the audit log.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { allUsers, auditPage, outboxPage } from '../../../commands/accounts/account-queries.js';
import { resetUserTotp, updateUser } from '../../../commands/accounts/administer-users.js';
import { signOutEverywhere } from '../../../commands/accounts/sign-out.js';
import { verifyAuditLog } from '../../../commands/accounts/verify-audit.js';
import { Page, PaginationQuery, readErrors, writeErrors } from '../../schemas/common.js';
import { Message, RoleList, UserSchema } from '../account/schema.js';
import { presentUser } from '../account/presenter.js';

const UserParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

const OutboxMessageSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  purpose: Type.String(),
  to: Type.Union([Type.String(), Type.Null()]),
  recipientSealed: Type.Boolean({ description: "an anonymous reporter's address: sealed, opened only to deliver (to is null)" }),
  subject: Type.String(),
  body: Type.String(),
  status: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});

const AuditEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  action: Type.String(),
  subject: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
  prevHash: Type.String(),
  hash: Type.String(),
});

const ChainReportSchema = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  head: Type.Union([Type.Object({ seq: Type.Integer(), hash: Type.String() }), Type.Null()]),
  problem: Type.Union([Type.Object({ kind: Type.String(), seq: Type.Integer(), message: Type.String() }), Type.Null()]),
});

export const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/admin/users',
    { schema: { tags: ['administration'], summary: 'Every account', response: { 200: Type.Object({ items: Type.Array(UserSchema) }), ...readErrors } }, config: { access: { action: 'users.manage' } } },
    async () => ({ items: (await allUsers(app.deps)).map(presentUser) }),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags: ['administration'],
        summary: "Change a user's roles, organisation or status",
        params: UserParams,
        body: Type.Object(
          { roles: Type.Optional(RoleList), organisationId: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])), status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])) },
          { additionalProperties: false },
        ),
        response: { 200: UserSchema, ...writeErrors },
      },
      config: { access: { action: 'users.manage' } },
    },
    async (req) => presentUser(await updateUser(app.deps, req.actor, req.params.id, req.body)),
  );

  app.delete(
    '/api/admin/users/:id/sessions',
    { schema: { tags: ['administration'], summary: "End all of a user's sessions", params: UserParams, response: { 200: Message, ...writeErrors } }, config: { access: { action: 'users.manage' } } },
    async (req) => ({ message: `${await signOutEverywhere(app.deps, req.actor, req.params.id)} session(s) ended.` }),
  );

  app.delete(
    '/api/admin/users/:id/totp',
    {
      schema: { tags: ['administration'], summary: "Turn off a user's TOTP (lost device and recovery codes); they enrol again at next sign-in", params: UserParams, response: { 200: Message, ...writeErrors } },
      config: { access: { action: 'users.manage' } },
    },
    async (req) => {
      await resetUserTotp(app.deps, req.actor, req.params.id);
      return { message: 'Two-factor authentication is off for this user; their sessions ended.' };
    },
  );

  app.get(
    '/api/admin/outbox',
    {
      schema: { tags: ['administration'], summary: 'Mail the platform wrote (without SMTP it waits here to be read and passed on)', querystring: Type.Object(PaginationQuery, { additionalProperties: false }), response: { 200: Page(OutboxMessageSchema), ...readErrors } },
      config: { access: { action: 'outbox.read' } },
    },
    async (req) => {
      const page = await outboxPage(app.deps, req.query);
      return { ...page, items: page.items.map((m) => ({ ...m, recipientSealed: m.toSealed !== null })), limit: req.query.limit, offset: req.query.offset };
    },
  );

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['administration'],
        summary: 'The audit log, oldest first from afterSeq',
        querystring: Type.Object(
          { subject: Type.Optional(Type.String({ maxLength: 200 })), actor: Type.Optional(Type.String({ maxLength: 200 })), afterSeq: Type.Optional(Type.Integer({ minimum: 0 })), limit: PaginationQuery.limit },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(AuditEntrySchema), total: Type.Integer() }), ...readErrors },
      },
      config: { access: { action: 'audit.read' } },
    },
    async (req) => auditPage(app.deps, req.query),
  );

  app.get(
    '/api/audit/verify',
    { schema: { tags: ['administration'], summary: 'Recompute the audit hash chain', response: { 200: ChainReportSchema, ...readErrors } }, config: { access: { action: 'audit.read' } } },
    async () => verifyAuditLog(app.deps),
  );
};
