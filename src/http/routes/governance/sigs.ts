// Special interest groups: list and read them as visibility allows; form one; join; set the working method and
// targets; report back with a dated report.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { formSig } from '../../../commands/governance/sigs/form-sig.js';
import { joinSig, reportSig, updateSig } from '../../../commands/governance/sigs/sig-participation.js';
import { sigView, visibleSigs } from '../../../commands/governance/sig-queries.js';
import { FOCUS_AREAS, PARTICIPANT_KINDS } from '../../../domain/governance/special-interest-groups.js';
import type { SpecialInterestGroup } from '../../../db/repositories/special-interest-groups.js';
import { enumOf } from '../../../schemas/enum.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { governanceContext, READ, viewerOf } from './context.js';
import { Day, IdParams, LongText, Nullable, Title, Visibility } from './schema.js';

const tags = ['governance'];
const TargetSchema = Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }), due: Nullable(Day) }, { additionalProperties: false });
const Targets = Type.Array(TargetSchema, { maxItems: 50 });
const SigSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  focusArea: enumOf(FOCUS_AREAS),
  description: Type.String(),
  workingMethod: Type.String(),
  targets: Type.Array(Type.Object({ text: Type.String(), due: Nullable(Type.String()) })),
  visibility: Visibility,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const SigSchema = Type.Object({
  ...SigSummarySchema.properties,
  participants: Type.Array(Type.Object({ kind: enumOf(PARTICIPANT_KINDS), id: Type.String(), name: Nullable(Type.String()), joinedAt: Type.String() })),
  reports: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), body: Type.String(), reportedOn: Type.String(), createdAt: Type.String() })),
});

function present(g: SpecialInterestGroup) {
  return { id: g.id, name: g.name, focusArea: g.focusArea, description: g.description, workingMethod: g.workingMethod, targets: g.targets, visibility: g.visibility, createdAt: g.createdAt, updatedAt: g.updatedAt };
}

export const sigRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = governanceContext(app);
  const show = async (req: Parameters<typeof viewerOf>[1], id: string) => {
    const v = await sigView(ctx, await viewerOf(app, req), id);
    return { ...present(v.group), participants: v.participants, reports: v.reports.map((r) => ({ id: r.id, title: r.title, body: r.body, reportedOn: r.reportedOn, createdAt: r.createdAt })) };
  };
  const write = { access: { action: 'governance.sigs.write' as const } };

  app.get('/api/governance/sigs', { schema: { tags, summary: 'Special interest groups the caller may see', response: { 200: Type.Object({ items: Type.Array(SigSummarySchema) }) } }, config: READ }, async (req) => ({
    items: (await visibleSigs(ctx, await viewerOf(app, req))).map(present),
  }));

  app.get('/api/governance/sigs/:id', { schema: { tags, summary: 'A special interest group, its participants and dated reports', params: IdParams, response: { 200: SigSchema, ...readErrors } }, config: READ }, async (req) =>
    show(req, req.params.id),
  );

  app.post(
    '/api/governance/sigs',
    {
      schema: {
        tags,
        summary: 'Form a special interest group (member representatives; your organisation takes part)',
        body: Type.Object({ name: Title, focusArea: enumOf(FOCUS_AREAS), description: LongText, workingMethod: LongText, targets: Targets, visibility: Type.Optional(Visibility) }, { additionalProperties: false }),
        response: { 201: SigSchema, ...writeErrors },
      },
      config: write,
    },
    async (req, reply) => {
      const g = await formSig(ctx, req.actor, { ...req.body, visibility: req.body.visibility ?? 'members-and-advisors' });
      return reply.status(201).send(await show(req, g.id));
    },
  );

  app.patch(
    '/api/governance/sigs/:id',
    {
      schema: {
        tags,
        summary: "Change a group's description, working method or targets (its participants)",
        params: IdParams,
        body: Type.Object({ description: Type.Optional(LongText), workingMethod: Type.Optional(LongText), targets: Type.Optional(Targets) }, { additionalProperties: false }),
        response: { 200: SigSchema, ...writeErrors },
      },
      config: write,
    },
    async (req) => {
      await updateSig(ctx, req.actor, req.params.id, req.body);
      return show(req, req.params.id);
    },
  );

  app.post(
    '/api/governance/sigs/:id/participants',
    { schema: { tags, summary: 'Join a group (a member organisation through its representative, or an expert advisor)', params: IdParams, response: { 201: SigSchema, ...writeErrors } }, config: write },
    async (req, reply) => {
      await joinSig(ctx, req.actor, req.params.id);
      return reply.status(201).send(await show(req, req.params.id));
    },
  );

  app.post(
    '/api/governance/sigs/:id/reports',
    {
      schema: {
        tags,
        summary: 'Report back to the Platform (a dated report, by a participant)',
        params: IdParams,
        body: Type.Object({ title: Title, body: LongText, reportedOn: Type.Optional(Day) }, { additionalProperties: false }),
        response: { 201: SigSchema, ...writeErrors },
      },
      config: write,
    },
    async (req, reply) => {
      await reportSig(ctx, req.actor, req.params.id, req.body);
      return reply.status(201).send(await show(req, req.params.id));
    },
  );
};
