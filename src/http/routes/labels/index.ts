// The label API: withdraw (administrators), one label with its status, its status alone (what online
// verification asks), and the public registry with filters, pages and a CSV download (issuing is in
// issue-routes.ts). validate -> load -> authorize -> command -> presenter.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { withdrawLabel } from '../../../commands/labels/withdraw-label.js';
import { allLabels, labelNow, labelRegistry, manufacturersWithLabels } from '../../../commands/labels/label-queries.js';
import { labelReader } from '../../../commands/labels/label-reader.js';
import type { LabelPayload } from '../../../domain/labels/payload.js';
import type { LabelStatus } from '../../../domain/labels/status.js';
import type { LabelListing } from '../../../domain/labels/label-record.js';
import { filterOf, labelContext } from './context.js';
import { negotiateLanguage } from '../../../domain/labels/texts/index.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { presentLabel, presentListing, presentStatus, registryCsv } from './presenter.js';
import { LabelIdParams, LabelSchema, LabelStatusSchema, LanguageQuery, ManufacturersSchema, RegistryCsvQuery, RegistryPage, RegistryQuery, WithdrawLabelBody } from './schema.js';

const PUBLIC = { access: { action: 'public.read' as const } };

export const labelRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = labelContext(app);
  const labels = labelReader(ctx);
  // One label's JSON, serialized with the route's response schema (public fields only), is kept per label and
  // language and sent again while the signed label, its status and its state (read for each request) are the same.
  const BODIES_KEPT = 1_000;
  const bodies = new Map<string, { payload: LabelPayload; status: LabelStatus; state: string; json: string }>();

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
      const { record, status } = await labels.now(req.params.id);
      const language = negotiateLanguage(req.query.lang, req.headers['accept-language']);
      reply.header('cache-control', 'public, max-age=60').header('vary', 'Accept-Language').type('application/json; charset=utf-8');
      const key = `${record.id} ${language}`;
      const state = JSON.stringify(record.state);
      const kept = bodies.get(key);
      // The body goes out as the string the route's own 200 serializer made (so, public fields only), hence the
      // untyped reply: the typed one accepts only the object.
      const raw = reply as FastifyReply;
      if (kept && kept.payload === record.payload && kept.status === status && kept.state === state) return raw.send(kept.json);
      const json = reply.serializeInput(presentLabel(record, status, ctx.publicUrl, language), '200') as string;
      bodies.delete(key);
      if (bodies.size >= BODIES_KEPT) bodies.delete(bodies.keys().next().value!);
      bodies.set(key, { payload: record.payload, status, state, json });
      return raw.send(json);
    },
  );

  app.get(
    '/api/labels/:id/status',
    { schema: { tags: ['labels'], summary: "A label's status (what online verification asks)", params: LabelIdParams, response: { 200: LabelStatusSchema, ...readErrors } }, config: PUBLIC },
    async (req, reply) => {
      const now = await labels.now(req.params.id);
      reply.header('cache-control', 'public, max-age=60');
      return presentStatus(now.record, now.status, ctx.publicUrl, ctx.clock.now());
    },
  );
};
