// Assessments: a release's results per framework (recomputed when its declaration or the registry changed),
// two releases compared, and the regulator view across products (members and administrators).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assertCan } from '../../plugins/authorization.js';
import { readErrors } from '../../schemas/common.js';
import { AssessmentReportSchema } from '../../schemas/assessment.js';
import { releaseOrThrow } from '../../../commands/products/product-queries.js';
import { currentAssessment } from '../../../commands/assessments/current-assessment.js';
import { compareReleases } from '../../../commands/assessments/compare-releases.js';
import { overviewResource, regulatorOverview } from '../../../commands/assessments/regulator-overview.js';
import { IdParams } from '../products/schema.js';
import { AssessmentQuery, CompareParams, CompareQuery, ComparisonSchema, OverviewQuery, OverviewSchema } from './schema.js';
import { filterReport } from './presenter.js';
import { outputRoutes } from './outputs.js';

const tags = ['assessments'];
const read = { access: { action: 'products.read' as const } };

export const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/releases/:id/assessment',
    { schema: { tags, summary: "A release's assessment: per framework the verdict, counts by level, follow-up questions and every requirement with its status, reasons and what to do", params: IdParams, querystring: AssessmentQuery, response: { 200: AssessmentReportSchema, ...readErrors } }, config: read },
    async (req) => {
      const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
      const { framework, detail, ...filter } = req.query;
      const { report } = await currentAssessment(app.deps, product, release, { frameworks: framework, detail });
      return filterReport(report, filter);
    },
  );

  app.get(
    '/api/releases/:id/compare/:otherId',
    { schema: { tags, summary: 'Compare two releases: verdicts and the requirements whose status changed (from :id to :otherId)', params: CompareParams, querystring: CompareQuery, response: { 200: ComparisonSchema, ...readErrors } }, config: read },
    async (req) => {
      const before = await releaseOrThrow(app.deps, req.actor, req.params.id);
      const after = await releaseOrThrow(app.deps, req.actor, req.params.otherId);
      return compareReleases(app.deps, before, after, req.query.framework);
    },
  );

  app.get(
    '/api/assessments/overview',
    { schema: { tags, summary: 'Regulator view: the newest release of every product, counted by framework and verdict and by category, with the commonest gaps (names no product)', querystring: OverviewQuery, response: { 200: OverviewSchema, ...readErrors } }, config: { access: { action: 'assessments.overview' } } },
    async (req) => {
      assertCan(req, 'assessments.overview', await overviewResource(app.deps, req.actor));
      return regulatorOverview(app.deps, req.query);
    },
  );

  await app.register(outputRoutes);
};
