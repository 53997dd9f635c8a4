// Statements: adopted ones are public pages; drafts, their versions and paragraph comments are for the
// statement's audience. Drafting, revising, commenting and putting to a vote.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { draftStatement } from '../../../commands/governance/statements/draft-statement.js';
import { reviseStatement } from '../../../commands/governance/statements/revise-statement.js';
import { commentOnStatement } from '../../../commands/governance/statements/comment-on-statement.js';
import { proposeAdoption } from '../../../commands/governance/statements/propose-adoption.js';
import { statementComments, statementVersion, statementView, visibleStatements } from '../../../commands/governance/statement-queries.js';
import { STATEMENT_STATUSES, MAX_PARAGRAPHS } from '../../../domain/governance/statements.js';
import { enumOf } from '../../../schemas/enum.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { governanceContext, READ, viewerOf } from './context.js';
import { CommentSchema, Id, IdParams, LongText, Nullable, RequestedRuleSchema, Title, Visibility } from './schema.js';
import { presentComment } from './presenter.js';

const tags = ['governance'];
const ParagraphSchema = Type.Object({ id: Type.String(), text: Type.String() });
const VersionSchema = Type.Object({ version: Type.Integer(), title: Type.String(), paragraphs: Type.Array(ParagraphSchema), note: Nullable(Type.String()), createdAt: Type.String() });
const StatementSummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: enumOf(STATEMENT_STATUSES),
  visibility: Visibility,
  access: Type.Union([Type.Literal('drafting'), Type.Literal('published')]),
  currentVersion: Nullable(Type.Integer()),
  adoptedVersion: Nullable(Type.Integer()),
  adoptedOn: Nullable(Type.String()),
  proposalId: Nullable(Type.String()),
  recordNote: Nullable(Type.String()),
});
const StatementSchema = Type.Object({
  ...StatementSummarySchema.properties,
  text: VersionSchema,
  versions: Type.Array(Type.Object({ version: Type.Integer(), title: Type.String(), createdAt: Type.String(), note: Nullable(Type.String()) })),
  commentCounts: Type.Record(Type.String(), Type.Integer()),
});
const StatementCommentSchema = Type.Object({ ...CommentSchema.properties, version: Type.Integer(), paragraphId: Type.String() });
const Paragraphs = Type.Array(Type.String({ minLength: 1, maxLength: 5000 }), { minItems: 1, maxItems: MAX_PARAGRAPHS });

type Summary = Parameters<typeof summary>[0];
function summary(v: { statement: { id: string; title: string; status: (typeof STATEMENT_STATUSES)[number]; visibility: 'public' | 'members-and-advisors' | 'governments-only'; currentVersion: number; adoptedVersion: number | null; adoptedOn: string | null; proposalId: string | null; recordNote: string | null }; access: 'drafting' | 'published' }) {
  const s = v.statement;
  const drafting = v.access === 'drafting';
  return {
    id: s.id,
    title: s.title,
    status: s.status,
    visibility: s.visibility,
    access: v.access,
    currentVersion: drafting ? s.currentVersion : null,
    adoptedVersion: s.adoptedVersion,
    adoptedOn: s.adoptedOn,
    proposalId: drafting ? s.proposalId : null,
    recordNote: s.recordNote,
  };
}

export const statementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = governanceContext(app);
  const show = async (req: Parameters<typeof viewerOf>[1], id: string) => {
    const v = await statementView(ctx, await viewerOf(app, req), id);
    return { ...summary(v as Summary), text: v.version, versions: v.versions, commentCounts: v.commentCounts };
  };

  app.get(
    '/api/governance/statements',
    { schema: { tags, summary: 'Adopted statements (public) and the drafts the caller may see', response: { 200: Type.Object({ items: Type.Array(StatementSummarySchema) }) } }, config: READ },
    async (req) => ({ items: (await visibleStatements(ctx, await viewerOf(app, req))).map((v) => summary(v)) }),
  );

  app.get('/api/governance/statements/:id', { schema: { tags, summary: 'A statement: its adopted text, or for its drafters the current draft and versions', params: IdParams, response: { 200: StatementSchema, ...readErrors } }, config: READ }, async (req) =>
    show(req, req.params.id),
  );

  app.get(
    '/api/governance/statements/:id/versions/:version',
    { schema: { tags, summary: 'One version of a statement', params: Type.Object({ id: Id, version: Type.Integer({ minimum: 1 }) }), response: { 200: VersionSchema, ...readErrors } }, config: READ },
    async (req) => statementVersion(ctx, await viewerOf(app, req), req.params.id, req.params.version),
  );

  app.get(
    '/api/governance/statements/:id/comments',
    { schema: { tags, summary: 'Comments on the paragraphs of a statement, every version', params: IdParams, response: { 200: Type.Object({ items: Type.Array(StatementCommentSchema) }), ...readErrors } }, config: READ },
    async (req) => ({ items: (await statementComments(ctx, await viewerOf(app, req), req.params.id)).map((c) => ({ ...presentComment(c), version: c.version, paragraphId: c.paragraphId })) }),
  );

  app.post(
    '/api/governance/statements',
    {
      schema: {
        tags,
        summary: 'Start a draft statement (member representatives)',
        body: Type.Object({ title: Title, visibility: Type.Optional(Visibility), paragraphs: Paragraphs, note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }, { additionalProperties: false }),
        response: { 201: StatementSchema, ...writeErrors },
      },
      config: { access: { action: 'governance.statements.write' } },
    },
    async (req, reply) => {
      const s = await draftStatement(ctx, req.actor, { ...req.body, visibility: req.body.visibility ?? 'members-and-advisors' });
      return reply.status(201).send(await show(req, s.id));
    },
  );

  app.post(
    '/api/governance/statements/:id/versions',
    {
      schema: {
        tags,
        summary: 'Revise a draft: a new version (paragraphs keep their ids; earlier versions are kept)',
        params: IdParams,
        body: Type.Object(
          {
            baseVersion: Type.Integer({ minimum: 1, description: 'the version you revised; a stale one is refused' }),
            title: Type.Optional(Title),
            paragraphs: Type.Array(Type.Object({ id: Type.Optional(Nullable(Type.String({ maxLength: 20 }))), text: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false }), { minItems: 1, maxItems: MAX_PARAGRAPHS }),
            note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
          },
          { additionalProperties: false },
        ),
        response: { 201: StatementSchema, ...writeErrors },
      },
      config: { access: { action: 'governance.statements.write' } },
    },
    async (req, reply) => {
      await reviseStatement(ctx, req.actor, req.params.id, req.body);
      return reply.status(201).send(await show(req, req.params.id));
    },
  );

  app.post(
    '/api/governance/statements/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on one paragraph of one version',
        params: IdParams,
        body: Type.Object({ version: Type.Integer({ minimum: 1 }), paragraphId: Type.String({ minLength: 1, maxLength: 20 }), body: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S' }) }, { additionalProperties: false }),
        response: { 201: StatementCommentSchema, ...writeErrors },
      },
      config: { access: { action: 'governance.comment' } },
    },
    async (req, reply) => {
      const c = await commentOnStatement(ctx, req.actor, req.params.id, req.body);
      const all = await statementComments(ctx, await viewerOf(app, req), req.params.id);
      const view = all.find((x) => x.id === c.id)!;
      return reply.status(201).send({ ...presentComment(view), version: view.version, paragraphId: view.paragraphId });
    },
  );

  app.post(
    '/api/governance/statements/:id/adoption',
    {
      schema: {
        tags,
        summary: 'Put the current version to a vote of members (an adopt-statement proposal; the draft is frozen meanwhile)',
        params: IdParams,
        body: Type.Object({ body: Type.Optional(LongText), rule: Type.Optional(RequestedRuleSchema) }, { additionalProperties: false }),
        response: { 201: Type.Object({ id: Type.String(), status: Type.String() }), ...writeErrors },
      },
      config: { access: { action: 'governance.statements.write' } },
    },
    async (req, reply) => {
      const p = await proposeAdoption(ctx, req.actor, req.params.id, req.body);
      return reply.status(201).send({ id: p.id, status: p.status });
    },
  );
};
