// The label API: withdraw (administrators), one label with its status, its status alone (what online
// verification asks), and the public registry with filters, pages and a CSV download (issuing is in
// issue-routes.ts). validate -> load -> authorize -> command -> presenter.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { withdrawLabel } from '../../../commands/labels/withdraw-label.js';
import { allLabels, labelNow, labelRegistry, manufacturersWithLabels } from '../../../commands/labels/label-queries.js';
import type { LabelListing } from '../../../domain/labels/label-record.js';
import { filterOf, labelContext } from './context.js';
import { negotiateLanguage } from '../../../domain/labels/texts/index.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { presentLabel, presentListing, presentStatus, registryCsv } from './presenter.js';
import { LabelIdParams, LabelSchema, LabelStatusSchema, LanguageQuery, ManufacturersSchema, RegistryCsvQuery, RegistryPage, RegistryQuery, WithdrawLabelBody } from './schema.js';

const PUBLIC = { access: { action: 'public.read' as const } };

export const labelRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = labelContext(app);

  app.post(
    '/api/labels/:id/withdrawal',
    { schema: { tags: ['labels'], summary: 'Withdraw a label (administrators), with a reason shown on its page', params: LabelIdParams, body: WithdrawLabelBody, response: { 200: LabelSchema, ...writeErrors } }, config: { access: { action: 'labels.withdraw' } } },
    async (req) => {
      const record = await withdrawLabel(ctx, req.actor, req.params.id, { reason: req.body.reason, note: req.body.note ?? '' });
      const now = await labelNow(ctx, record.id);
      return presentLabel(now.record, now.status, ctx.publicUrl, negotiateLanguage(undefined, req.headers['accept-language']));
    },
  );

  app.get(
    '/api/labels',
    { schema: { tags: ['labels'], summary: 'The public registry of labelled products: search, filter, page', querystring: RegistryQuery, response: { 200: RegistryPage, ...readErrors } }, config: PUBLIC },
    async (req) => {
      const { limit, offset } = req.query;
      const page = await labelRegistry(ctx, filterOf(req.query), { limit, offset });
      return { items: page.items.map((l) => presentListing(l, ctx.publicUrl)), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/labels.csv',
    { schema: { tags: ['labels'], summary: 'The registry (same filters) as CSV, every matching label', querystring: RegistryCsvQuery, produces: ['text/csv'], response: { 200: Type.String({ description: 'CSV, RFC 4180' }), ...readErrors } }, config: PUBLIC },
    async (req, reply) => {
      const items: LabelListing[] = [];
      for await (const l of allLabels(ctx, filterOf(req.query))) items.push(l);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="iotspp-labels.csv"')
        .send(registryCsv(items, ctx.publicUrl));
    },
  );

  app.get(
    '/api/labels/manufacturers',
    { schema: { tags: ['labels'], summary: 'Manufacturers with at least one label (for the registry filter)', response: { 200: ManufacturersSchema } }, config: PUBLIC },
    async () => ({ items: await manufacturersWithLabels(ctx) }),
  );

  app.get(
    '/api/labels/:id',
    { schema: { tags: ['labels'], summary: 'One label: its status now, the signed label and its claims', params: LabelIdParams, querystring: LanguageQuery, response: { 200: LabelSchema, ...readErrors } }, config: PUBLIC },
    async (req, reply) => {
      const now = await labelNow(ctx, req.params.id);
      reply.header('cache-control', 'public, max-age=60').header('vary', 'Accept-Language');
      return presentLabel(now.record, now.status, ctx.publicUrl, negotiateLanguage(req.query.lang, req.headers['accept-language']));
    },
  );

  app.get(
    '/api/labels/:id/status',
    { schema: { tags: ['labels'], summary: "A label's status (what online verification asks)", params: LabelIdParams, response: { 200: LabelStatusSchema, ...readErrors } }, config: PUBLIC },
    async (req, reply) => {
      const now = await labelNow(ctx, req.params.id);
      reply.header('cache-control', 'public, max-age=60');
      return presentStatus(now.record, now.status, ctx.publicUrl, ctx.clock.now());
    },
  );
};
