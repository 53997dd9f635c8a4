// Share links: a manufacturer editor opens one release's report to whoever holds a link, until it expires or
// is revoked. Holding the link is the only credential, so the link routes are public and rate limited.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assertCan } from '../../plugins/authorization.js';
import { readErrors, sensitiveRateLimit, writeErrors } from '../../schemas/common.js';
import { AssessmentReportSchema } from '../../schemas/assessment.js';
import type { ShareLink } from '../../../db/repositories/share-links.js';
import { releaseOrThrow } from '../../../commands/products/product-queries.js';
import { createShareLink } from '../../../commands/shares/create-share-link.js';
import { revokeShareLink } from '../../../commands/shares/revoke-share-link.js';
import { openShareLink, releaseShareLinks } from '../../../commands/shares/open-share-link.js';
import { currentAssessment } from '../../../commands/assessments/current-assessment.js';
import { IdParams } from '../products/schema.js';
import { CreatedShare, ShareInput, ShareParams, ShareSchema, TokenParams } from './schema.js';

const tags = ['assessments'];

export const shareRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const present = (l: ShareLink) => ({
    id: l.id,
    createdAt: l.createdAt,
    expiresAt: l.expiresAt,
    revokedAt: l.revokedAt,
    state: l.revokedAt ? ('revoked' as const) : l.expiresAt <= app.deps.clock.now().toISOString() ? ('expired' as const) : ('active' as const),
  });

  app.post(
    '/api/releases/:id/shares',
    { schema: { tags, summary: "Share a release's report by link until a date (manufacturer editors)", params: IdParams, body: ShareInput, response: { 201: CreatedShare, ...writeErrors } }, config: { access: { action: 'assessments.share' } } },
    async (req, reply) => {
      const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
      assertCan(req, 'assessments.share', product);
      const { link, token } = await createShareLink(app.deps, req.actor, product, release, req.body.expiresAt);
      const base = app.deps.config.publicUrl;
      return reply.status(201).send({ ...present(link), token, url: `${base}/api/shared/${token}/report.html`, apiUrl: `${base}/api/shared/${token}` });
    },
  );

  app.get('/api/releases/:id/shares', { schema: { tags, summary: "A release's share links (tokens are never shown again)", params: IdParams, response: { 200: Type.Object({ items: Type.Array(ShareSchema) }), ...readErrors } }, config: { access: { action: 'products.read' } } }, async (req) => {
    const { release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
    return { items: (await releaseShareLinks(app.deps, release)).map(present) };
  });

  app.delete('/api/releases/:id/shares/:shareId', { schema: { tags, summary: 'Revoke a share link', params: ShareParams, response: { 200: ShareSchema, ...writeErrors } }, config: { access: { action: 'assessments.share' } } }, async (req) => {
    const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
    assertCan(req, 'assessments.share', product);
    return present(await revokeShareLink(app.deps, req.actor, product, release, req.params.shareId));
  });

  app.get(
    '/api/shared/:token',
    { schema: { tags, summary: 'The report a share link opens, as JSON', params: TokenParams, response: { 200: AssessmentReportSchema, ...readErrors } }, config: { access: { action: 'public.read' }, rateLimit: sensitiveRateLimit } },
    async (req, reply) => {
      const { product, release } = await openShareLink(app.deps, req.params.token);
      reply.header('cache-control', 'private, no-store').header('referrer-policy', 'no-referrer');
      return (await currentAssessment(app.deps, product, release)).report;
    },
  );
};
