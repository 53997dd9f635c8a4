// Intake and the reporter's private link. Filing is open to everyone, rate limited per address (here, in
// memory) and per address or account (in the store, see file-report.ts). Following a case takes the link's
// token in the X-Case-Token header, never in the URL, so it stays out of logs and Referer headers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { fileReport } from '../../../commands/disclosure/file-report.js';
import { caseForToken } from '../../../commands/disclosure/follow-case.js';
import { caseView } from '../../../commands/disclosure/case-views.js';
import { postMessage } from '../../../commands/disclosure/post-message.js';
import { readErrors, sensitiveRateLimit, writeErrors } from '../../schemas/common.js';
import { disclosureContext, decodeAttachments } from './context.js';
import { attachmentDownload } from './attachment-download.js';
import { ATTACHMENT_BODY_LIMIT, CaseAttachmentParams, CaseViewSchema, FiledReportSchema, MessageBody, ReportBody, TokenHeaders } from './schema.js';
import { Type } from 'typebox';

const FOLLOW = { access: { action: 'disclosure.follow' as const }, rateLimit: sensitiveRateLimit };

export const intakeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = disclosureContext(app);

  app.post(
    '/api/disclosure/reports',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      schema: { tags: ['disclosure'], summary: 'Report a vulnerability in a registered product (anyone; keep the private link you get back)', body: ReportBody, response: { 201: FiledReportSchema, ...writeErrors } },
      config: { access: { action: 'disclosure.report' }, rateLimit: { max: 10, timeWindow: '1 hour' } },
    },
    async (req, reply) => {
      const b = req.body;
      const filed = await fileReport(
        ctx,
        req.actor,
        {
          productId: b.productId,
          title: b.title,
          description: b.description,
          affectedVersions: b.affectedVersions,
          steps: b.steps,
          reporterName: b.reporterName ?? null,
          reporterEmail: b.reporterEmail ?? null,
          credit: b.credit ?? null,
          attachments: decodeAttachments(b.attachments),
          trap: b.homepage ?? '',
        },
        req.ip,
      );
      return reply.status(201).header('cache-control', 'no-store').send({ trackingId: filed.trackingId, token: filed.token, followUrl: filed.followUrl });
    },
  );

  app.get(
    '/api/disclosure/follow',
    { schema: { tags: ['disclosure'], summary: 'The case behind a private link, as its reporter sees it', headers: TokenHeaders, response: { 200: CaseViewSchema, ...readErrors } }, config: FOLLOW },
    async (req, reply) => {
      const loaded = await caseForToken(ctx, req.headers['x-case-token'], req.ip);
      return reply.header('cache-control', 'no-store').send(await caseView(ctx, loaded, ['reporter']));
    },
  );

  app.post(
    '/api/disclosure/follow/messages',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      schema: { tags: ['disclosure'], summary: 'Write to the manufacturer and coordinators through a private link', headers: TokenHeaders, body: MessageBody, response: { 201: Type.Object({ seq: Type.Integer() }), ...writeErrors } },
      config: FOLLOW,
    },
    async (req, reply) => {
      const loaded = await caseForToken(ctx, req.headers['x-case-token'], req.ip);
      const posted = await postMessage(ctx, { role: 'reporter', userId: null }, loaded, { text: req.body.text, visibility: req.body.visibility ?? 'all', attachments: decodeAttachments(req.body.attachments) }, true);
      return reply.status(201).send(posted);
    },
  );

  app.get(
    '/api/disclosure/follow/attachments/:attachmentId',
    { schema: { tags: ['disclosure'], summary: 'Download an attachment of the case behind a private link', headers: TokenHeaders, params: Type.Pick(CaseAttachmentParams, ['attachmentId']) }, config: FOLLOW },
    async (req, reply) => {
      const loaded = await caseForToken(ctx, req.headers['x-case-token'], req.ip);
      return attachmentDownload(ctx, reply, loaded, req.params.attachmentId, ['reporter']);
    },
  );
};
