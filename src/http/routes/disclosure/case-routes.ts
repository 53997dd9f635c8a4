// Cases for their signed-in participants: the manufacturer's PSIRT, invited coordinators, and the reporter when
// they filed while signed in. Each route loads the case, asks the policy with it, runs one command, and answers
// with the case as the caller may see it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { caseView } from '../../../commands/disclosure/case-views.js';
import { myCases, overdueCases } from '../../../commands/disclosure/case-queries.js';
import { takeStep } from '../../../commands/disclosure/take-step.js';
import { postMessage } from '../../../commands/disclosure/post-message.js';
import { adjustPublicationDate } from '../../../commands/disclosure/adjust-publication-date.js';
import { inviteCoordinator, joinCase } from '../../../commands/disclosure/coordinators.js';
import { coordinatorCandidates } from '../../../commands/disclosure/coordinator-candidates.js';
import { publishAdvisory } from '../../../commands/disclosure/publish-advisory.js';
import { reviseAdvisory } from '../../../commands/disclosure/revise-advisory.js';
import { loadCase } from '../../../commands/disclosure/case-access.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { assertCan } from '../../plugins/authorization.js';
import { requireUser } from '../../plugins/session.js';
import { actorOrganisationType, authorizedCase, decodeAttachments, disclosureContext } from './context.js';
import { attachmentDownload } from './attachment-download.js';
import {
  ATTACHMENT_BODY_LIMIT,
  AdvisorySummarySchema,
  CaseAttachmentParams,
  CaseSummarySchema,
  CaseViewSchema,
  IdParams,
  Items,
  MessageBody,
  OverdueCaseSchema,
  PublicationDateBody,
  PublishBody,
  RevisionBody,
  StepBody,
  UserIdBody,
} from './schema.js';
import { publicAdvisory } from '../../../commands/disclosure/advisory-queries.js';

const tags = ['disclosure'];

export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = disclosureContext(app);
  const view = async (caseId: string, roles: Parameters<typeof caseView>[2]) => caseView(ctx, await loadCase(ctx, caseId), roles);

  app.get(
    '/api/disclosure/cases',
    { schema: { tags, summary: 'My cases: as PSIRT member, coordinator or reporter', response: { 200: Items(CaseSummarySchema), ...readErrors } }, config: { access: { action: 'disclosure.cases.read' } } },
    async (req, reply) => reply.header('cache-control', 'no-store').send({ items: await myCases(ctx, requireUser(req)) }),
  );

  app.get(
    '/api/disclosure/overdue',
    { schema: { tags, summary: 'Open cases past a deadline (for coordinators; no report contents)', response: { 200: Items(OverdueCaseSchema), ...readErrors } }, config: { access: { action: 'disclosure.overdue.read' } } },
    async (req) => {
      assertCan(req, 'disclosure.overdue.read', { actorOrganisationType: await actorOrganisationType(ctx, req) });
      return { items: await overdueCases(ctx, req.actor) };
    },
  );

  app.get(
    '/api/disclosure/cases/:id',
    { schema: { tags, summary: 'A case, for its participants', params: IdParams, response: { 200: CaseViewSchema, ...readErrors } }, config: { access: { action: 'disclosure.cases.read' } } },
    async (req, reply) => {
      const { loaded, roles } = await authorizedCase(ctx, req, 'disclosure.cases.read', req.params.id);
      return reply.header('cache-control', 'no-store').send(await caseView(ctx, loaded, roles));
    },
  );

  app.get(
    '/api/disclosure/cases/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment of a case', params: CaseAttachmentParams }, config: { access: { action: 'disclosure.cases.read' } } },
    async (req, reply) => {
      const { loaded, roles } = await authorizedCase(ctx, req, 'disclosure.cases.read', req.params.id);
      return attachmentDownload(ctx, reply, loaded, req.params.attachmentId, roles);
    },
  );

  app.post(
    '/api/disclosure/cases/:id/steps',
    {
      schema: { tags, summary: 'Move the case on: acknowledge, triage (CVSS vectors, releases, CVE), start-fix, mark-fixed, close, reopen', params: IdParams, body: StepBody, response: { 200: CaseViewSchema, ...writeErrors } },
      config: { access: { action: 'disclosure.case.manage' } },
    },
    async (req) => {
      const { loaded, author, roles } = await authorizedCase(ctx, req, 'disclosure.case.manage', req.params.id);
      await takeStep(ctx, author, loaded, req.body);
      return view(req.params.id, roles);
    },
  );

  app.post(
    '/api/disclosure/cases/:id/messages',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      schema: { tags, summary: 'Write on the case (internal: manufacturer and coordinators only)', params: IdParams, body: MessageBody, response: { 201: Type.Object({ seq: Type.Integer() }), ...writeErrors } },
      config: { access: { action: 'disclosure.case.message' } },
    },
    async (req, reply) => {
      const { loaded, author } = await authorizedCase(ctx, req, 'disclosure.case.message', req.params.id);
      const posted = await postMessage(ctx, author, loaded, { text: req.body.text, visibility: req.body.visibility ?? 'all', attachments: decodeAttachments(req.body.attachments) });
      return reply.status(201).send(posted);
    },
  );

  app.put(
    '/api/disclosure/cases/:id/publication-date',
    { schema: { tags, summary: 'Move the coordinated publication date, with a reason', params: IdParams, body: PublicationDateBody, response: { 200: CaseViewSchema, ...writeErrors } }, config: { access: { action: 'disclosure.case.deadline' } } },
    async (req) => {
      const { loaded, author, roles } = await authorizedCase(ctx, req, 'disclosure.case.deadline', req.params.id);
      await adjustPublicationDate(ctx, author, loaded, req.body);
      return view(req.params.id, roles);
    },
  );

  app.get(
    '/api/disclosure/cases/:id/coordinator-candidates',
    {
      schema: { tags, summary: 'Users of CSIRT/PSIRT organisations who could be invited', params: IdParams, response: { 200: Items(Type.Object({ userId: Type.String(), name: Type.String(), organisation: Type.String() })), ...readErrors } },
      config: { access: { action: 'disclosure.case.invite' } },
    },
    async (req) => {
      const { loaded } = await authorizedCase(ctx, req, 'disclosure.case.invite', req.params.id);
      return { items: await coordinatorCandidates(ctx, loaded) };
    },
  );

  app.post(
    '/api/disclosure/cases/:id/coordinators',
    { schema: { tags, summary: 'Invite a coordinator (a user of a CSIRT/PSIRT organisation) onto the case', params: IdParams, body: UserIdBody, response: { 200: CaseViewSchema, ...writeErrors } }, config: { access: { action: 'disclosure.case.invite' } } },
    async (req) => {
      const { loaded, author, roles } = await authorizedCase(ctx, req, 'disclosure.case.invite', req.params.id);
      await inviteCoordinator(ctx, author, loaded, req.body.userId);
      return view(req.params.id, roles);
    },
  );

  app.post(
    '/api/disclosure/cases/:id/join',
    { schema: { tags, summary: 'Join an overdue case as a coordinator (users of CSIRT/PSIRT organisations)', params: IdParams, response: { 200: CaseViewSchema, ...writeErrors } }, config: { access: { action: 'disclosure.case.join' } } },
    async (req) => {
      const { loaded } = await authorizedCase(ctx, req, 'disclosure.case.join', req.params.id);
      const userId = requireUser(req).userId;
      await joinCase(ctx, userId, loaded);
      return view(req.params.id, ['coordinator']);
    },
  );

  app.post(
    '/api/disclosure/cases/:id/advisory',
    { schema: { tags, summary: 'Publish the case as a CSAF 2.0 advisory', params: IdParams, body: PublishBody, response: { 201: AdvisorySummarySchema, ...writeErrors } }, config: { access: { action: 'disclosure.case.publish' } } },
    async (req, reply) => {
      const { loaded, author } = await authorizedCase(ctx, req, 'disclosure.case.publish', req.params.id);
      const advisory = await publishAdvisory(ctx, author, loaded, { ...req.body, cwe: req.body.cwe ?? null, creditReporter: req.body.creditReporter ?? true, remediations: req.body.remediations.map((r) => ({ ...r, url: r.url ?? null })) });
      const { document: _d, revisions: _r, ...summary } = await publicAdvisory(ctx, advisory.id);
      return reply.status(201).send(summary);
    },
  );

  app.post(
    '/api/disclosure/cases/:id/advisory/revisions',
    { schema: { tags, summary: 'Publish a new revision of the advisory (a fix arrived, a CVE was assigned)', params: IdParams, body: RevisionBody, response: { 200: AdvisorySummarySchema, ...writeErrors } }, config: { access: { action: 'disclosure.case.manage' } } },
    async (req) => {
      const { loaded, author } = await authorizedCase(ctx, req, 'disclosure.case.manage', req.params.id);
      const { remediations, ...rest } = req.body;
      const advisory = await reviseAdvisory(ctx, author, loaded, { ...rest, ...(remediations ? { remediations: remediations.map((r) => ({ ...r, url: r.url ?? null })) } : {}) });
      const { document: _d, revisions: _r, ...summary } = await publicAdvisory(ctx, advisory.id);
      return summary;
    },
  );
};
