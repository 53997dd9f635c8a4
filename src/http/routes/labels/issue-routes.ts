// Issuing a label: a manufacturer editor, for a release of their own product (validate -> load -> authorize ->
// command -> presenter). A release of another manufacturer is "not found", as for every product route.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { issueLabel } from '../../../commands/labels/issue-label.js';
import { labelNow } from '../../../commands/labels/label-queries.js';
import { releaseOrThrow } from '../../../commands/products/product-queries.js';
import { negotiateLanguage } from '../../../domain/labels/texts/index.js';
import { assertCan } from '../../plugins/authorization.js';
import { ErrorResponse, writeErrors } from '../../schemas/common.js';
import { labelContext } from './context.js';
import { presentLabel } from './presenter.js';
import { IssueLabelBody, LabelSchema, ReleaseIdParams } from './schema.js';

export const labelIssueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = labelContext(app);

  app.post(
    '/api/releases/:id/labels',
    { schema: { tags: ['labels'], summary: 'Issue a signed label for a release, from its current assessment', params: ReleaseIdParams, body: IssueLabelBody, response: { 201: LabelSchema, ...writeErrors, 503: ErrorResponse } }, config: { access: { action: 'labels.issue' } } },
    async (req, reply) => {
      const { product } = await releaseOrThrow(ctx, req.actor, req.params.id);
      assertCan(req, 'labels.issue', { organisationId: product.organisationId });
      const record = await issueLabel(ctx, req.actor, { releaseId: req.params.id, ...(req.body.frameworks ? { frameworks: req.body.frameworks } : {}), validUntil: req.body.validUntil ?? null });
      const now = await labelNow(ctx, record.id);
      return reply.status(201).send(presentLabel(now.record, now.status, ctx.publicUrl, negotiateLanguage(undefined, req.headers['accept-language'])));
    },
  );

};
