// A release's report in four forms, for the manufacturer (its people) and for whoever holds a share link:
// an accessible HTML page, a PDF of it, a CSV of every requirement, and OSCAL assessment-results. Downloads
// name the release; nothing is cached by shared caches.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { releaseOrThrow } from '../../../commands/products/product-queries.js';
import { currentAssessment, type ReleaseReport } from '../../../commands/assessments/current-assessment.js';
import { openShareLink } from '../../../commands/shares/open-share-link.js';
import { releaseDeclarationFileName } from '../../../commands/declarations/declaration-queries.js';
import type { Product, Release } from '../../../domain/assessments/product.js';
import { assessmentToOscalResults } from '../../../domain/oscal/assessment-results-export.js';
import { assessmentHtml, REPORT_CSP } from '../../../reports/assessment-html.js';
import { assessmentPdf } from '../../../reports/assessment-pdf.js';
import { assessmentCsv } from '../../../reports/assessment-csv.js';
import { sensitiveRateLimit } from '../../schemas/common.js';
import { IdParams } from '../products/schema.js';
import { TokenParams } from '../shares/schema.js';

export const OUTPUTS = ['report.html', 'report.pdf', 'results.csv', 'oscal.json'] as const;
type Output = (typeof OUTPUTS)[number];

const OutputQuery = Type.Object(
  { framework: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }), { maxItems: 30 })) },
  { additionalProperties: false },
);

const SUMMARIES: Record<Output, string> = {
  'report.html': 'The report as an accessible web page (no JavaScript)',
  'report.pdf': 'The report as a PDF',
  'results.csv': 'Every requirement of every framework as CSV',
  'oscal.json': 'The assessment as OSCAL 1.2 assessment-results',
};

async function send(reply: FastifyReply, output: Output, report: ReleaseReport, product: Product, release: Release, declarationHref: string, sharedUntil?: string) {
  reply.header('cache-control', 'private, no-store');
  const file = (suffix: string) => releaseDeclarationFileName(product, release, suffix);
  switch (output) {
    case 'report.html':
      return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).header('referrer-policy', 'no-referrer').send(assessmentHtml(report, { sharedUntil, pdfHref: 'report.pdf' }));
    case 'report.pdf':
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file('assessment.pdf')}"`).send(await assessmentPdf(report, { sharedUntil }));
    case 'results.csv':
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file('assessment.csv')}"`).send(assessmentCsv(report));
    case 'oscal.json': {
      const doc = assessmentToOscalResults(report, { name: `${report.releaseId}:${report.declarationRevision}:${report.dataVersion}`, assessedAt: report.assessedAt, declarationHref });
      return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="${file('assessment-results.json')}"`).send(JSON.stringify(doc, null, 2));
    }
  }
}

export const outputRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const output of OUTPUTS) {
    app.get(
      `/api/releases/:id/assessment/${output}`,
      { schema: { tags: ['assessments'], summary: SUMMARIES[output], params: IdParams, querystring: OutputQuery }, config: { access: { action: 'products.read' } } },
      async (req, reply) => {
        const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
        const { report } = await currentAssessment(app.deps, product, release, { frameworks: req.query.framework });
        return send(reply, output, report, product, release, `${app.deps.config.publicUrl}/api/releases/${release.id}/declaration`);
      },
    );

    app.get(
      `/api/shared/:token/${output}`,
      { schema: { tags: ['assessments'], summary: `${SUMMARIES[output]}, through a share link`, params: TokenParams, querystring: OutputQuery }, config: { access: { action: 'public.read' }, rateLimit: sensitiveRateLimit } },
      async (req, reply) => {
        const { link, product, release } = await openShareLink(app.deps, req.params.token);
        const { report } = await currentAssessment(app.deps, product, release, { frameworks: req.query.framework });
        return send(reply, output, report, product, release, `urn:iotspp:declaration:${release.id}:${report.declarationRevision}`, link.expiresAt);
      },
    );
  }
};
