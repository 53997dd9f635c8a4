// What everyone may read: the Platform's security.txt, the CSAF provider files, published advisories,
// manufacturers' disclosure policies (and the security.txt each can put on its own site), scores of vectors,
// and what advisories say about a release.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CWES } from '../../../domain/disclosure/csaf/cwe.js';
import { DomainError } from '../../../domain/errors.js';
import { csafFile, csafIndex, providerMetadataDocument, publicAdvisories, publicAdvisory } from '../../../commands/disclosure/advisory-queries.js';
import { manufacturerSecurityTxtFor, platformSecurityTxtFor, policyPage, reportableManufacturers } from '../../../commands/disclosure/policy-queries.js';
import { advisoriesForRelease } from '../../../commands/disclosure/release-advisories.js';
import { scoreVector } from '../../../commands/disclosure/cvss-scorer.js';
import { readErrors } from '../../schemas/common.js';
import { disclosureContext } from './context.js';
import { AdvisoryDetailSchema, AdvisorySummarySchema, CvssScoreSchema, IdParams, Items, PolicyPageSchema, ReleaseAdvisoriesSchema } from './schema.js';

const PUBLIC = { access: { action: 'public.read' as const } };
const TEXT = 'text/plain; charset=utf-8';

export const publicDisclosureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = disclosureContext(app);
  // SECURITY_CONTACT overrides where the Platform's own security reports go; by default, its security page.
  const contact = () => app.deps.config.securityContact ?? [`${ctx.publicUrl}/security`];

  app.get('/.well-known/security.txt', { schema: { tags: ['disclosure'], summary: "The Platform's own RFC 9116 security.txt (Expires is always in the future)" }, config: PUBLIC }, async (_req, reply) =>
    reply.type(TEXT).header('cache-control', 'public, max-age=3600').send(platformSecurityTxtFor(ctx, contact())),
  );

  app.get('/.well-known/csaf/provider-metadata.json', { schema: { tags: ['disclosure'], summary: 'CSAF 2.0 provider metadata' }, config: PUBLIC }, async (_req, reply) =>
    reply.type('application/json; charset=utf-8').header('cache-control', 'public, max-age=300').send(JSON.stringify(await providerMetadataDocument(ctx), null, 2)),
  );

  app.get('/.well-known/csaf/white/index.txt', { schema: { tags: ['disclosure'], summary: 'CSAF index.txt: every TLP:WHITE advisory' }, config: PUBLIC }, async (_req, reply) =>
    reply.type(TEXT).header('cache-control', 'public, max-age=300').send((await csafIndex(ctx)).index),
  );

  app.get('/.well-known/csaf/white/changes.csv', { schema: { tags: ['disclosure'], summary: 'CSAF changes.csv: advisories by last change, newest first' }, config: PUBLIC }, async (_req, reply) =>
    reply.type('text/csv; charset=utf-8').header('cache-control', 'public, max-age=300').send((await csafIndex(ctx)).changes),
  );

  app.get(
    '/.well-known/csaf/white/:year/:file',
    { schema: { tags: ['disclosure'], summary: 'A CSAF advisory, or its .sha256 / .sha512', params: Type.Object({ year: Type.String({ pattern: '^\\d{4}$' }), file: Type.String({ maxLength: 200 }) }) }, config: PUBLIC },
    async (req, reply) => {
      const file = await csafFile(ctx, Number(req.params.year), req.params.file);
      if (!file) throw new DomainError('advisory_not_found', 'No such advisory file.');
      return reply.type(file.kind === 'json' ? 'application/json; charset=utf-8' : TEXT).header('cache-control', 'public, max-age=300').send(file.body);
    },
  );

  app.get(
    '/api/advisories',
    {
      schema: { tags: ['disclosure'], summary: 'Published advisories, newest first', querystring: Type.Object({ manufacturer: Type.Optional(Type.String({ maxLength: 100 })), product: Type.Optional(Type.String({ maxLength: 100 })) }), response: { 200: Items(AdvisorySummarySchema), ...readErrors } },
      config: PUBLIC,
    },
    async (req) => ({ items: await publicAdvisories(ctx, { ...(req.query.manufacturer ? { manufacturerId: req.query.manufacturer } : {}), ...(req.query.product ? { productId: req.query.product } : {}) }) }),
  );

  app.get('/api/advisories/:id', { schema: { tags: ['disclosure'], summary: 'One published advisory with its CSAF document and revisions', params: IdParams, response: { 200: AdvisoryDetailSchema, ...readErrors } }, config: PUBLIC }, async (req) =>
    publicAdvisory(ctx, req.params.id),
  );

  app.get(
    '/api/disclosure/manufacturers',
    { schema: { tags: ['disclosure'], summary: 'Manufacturers that take vulnerability reports here', response: { 200: Items(Type.Object({ id: Type.String(), name: Type.String(), published: Type.Boolean(), products: Type.Integer() })) } }, config: PUBLIC },
    async () => ({ items: await reportableManufacturers(ctx) }),
  );

  app.get('/api/disclosure/manufacturers/:id', { schema: { tags: ['disclosure'], summary: "A manufacturer's disclosure policy and its products", params: IdParams, response: { 200: PolicyPageSchema, ...readErrors } }, config: PUBLIC }, async (req) => {
    const page = await policyPage(ctx, req.params.id);
    const { organisationId: _o, ...policy } = page.policy;
    return { ...page, policy };
  });

  app.get(
    '/api/disclosure/manufacturers/:id/security.txt',
    { schema: { tags: ['disclosure'], summary: "An RFC 9116 security.txt for the manufacturer's own site (/.well-known/security.txt there)", params: IdParams }, config: PUBLIC },
    async (req, reply) => reply.type(TEXT).header('content-disposition', 'inline; filename="security.txt"').send(await manufacturerSecurityTxtFor(ctx, req.params.id)),
  );

  app.post(
    '/api/disclosure/cvss',
    {
      schema: { tags: ['disclosure'], summary: 'Score a CVSS v3.1 or v4.0 vector (scores are always computed, never typed)', body: Type.Object({ vector: Type.String({ maxLength: 300 }) }, { additionalProperties: false }), response: { 200: CvssScoreSchema, ...readErrors } },
      config: { access: { action: 'disclosure.report' } },
    },
    async (req) => {
      const s = scoreVector(req.body.vector);
      if (!s.ok) throw new DomainError('validation_failed', s.error, [{ pointer: 'body/vector', message: s.error }]);
      return s.value;
    },
  );

  app.get('/api/disclosure/cwes', { schema: { tags: ['disclosure'], summary: 'Weaknesses an advisory can name', response: { 200: Items(Type.Object({ id: Type.String(), name: Type.String() })) } }, config: PUBLIC }, async () => ({
    items: CWES.map((c) => ({ id: c.id, name: c.name })),
  }));

  app.get(
    '/api/disclosure/products/:productId/releases/:releaseId/advisories',
    {
      schema: {
        tags: ['disclosure'],
        summary: 'For a release: the published advisories naming it affected, their fixes, and the release to update to (for label pages)',
        params: Type.Object({ productId: Type.String({ maxLength: 100 }), releaseId: Type.String({ maxLength: 100 }) }),
        response: { 200: ReleaseAdvisoriesSchema, ...readErrors },
      },
      config: PUBLIC,
    },
    async (req) => advisoriesForRelease(ctx, req.params.productId, req.params.releaseId),
  );
};
