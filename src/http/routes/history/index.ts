// GET /api/history?entity=framework:ID | requirement:FW:REQ | mapping:ID (or ?framework=ID for everything in a
// framework): who changed what, when, with the content before and after.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { historyPage } from '../../../commands/curation/history-queries.js';
import { Page, PaginationQuery, readErrors } from '../../schemas/common.js';

const HistoryEntrySchema = Type.Object({
  auditSeq: Type.Integer({ description: 'the audit log entry that recorded the change' }),
  entity: Type.String(),
  entityKey: Type.String(),
  frameworkId: Type.String(),
  change: Type.String(),
  actorName: Type.String({ description: 'display name for signed-in readers; a pseudonym otherwise and for erased accounts' }),
  at: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export const historyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/history',
    {
      schema: {
        tags: ['curation'],
        summary: 'The curation history of a framework, requirement or mapping, newest first',
        querystring: Type.Object(
          { entity: Type.Optional(Type.String({ minLength: 3, maxLength: 700 })), framework: Type.Optional(Type.String({ maxLength: 100 })), ...PaginationQuery },
          { additionalProperties: false },
        ),
        response: { 200: Page(HistoryEntrySchema), ...readErrors },
      },
      config: { access: { action: 'history.read' } },
    },
    async (req) => {
      const page = await historyPage(app.deps, req.query, req.actor.kind === 'user');
      return {
        items: page.items.map((h) => ({ auditSeq: h.auditSeq, entity: h.entity, entityKey: h.entityKey, frameworkId: h.frameworkId, change: h.change, actorName: h.actorName, at: h.at, before: h.before, after: h.after })),
        total: page.total,
        limit: req.query.limit,
        offset: req.query.offset,
      };
    },
  );
};
