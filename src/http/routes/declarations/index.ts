// Declarations: the published file format, a blank template, and each release's declaration (read by the
// manufacturer's people, replaced or patched by its editors). A declaration with any error is refused whole.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assertCan } from '../../plugins/authorization.js';
import { writeErrors } from '../../schemas/common.js';
import { releaseOrThrow } from '../../../commands/products/product-queries.js';
import { replaceDeclaration } from '../../../commands/declarations/replace-declaration.js';
import { updateDeclaration, type DeclarationPatch } from '../../../commands/declarations/update-declaration.js';
import { declarationOfRelease, releaseDeclarationFileName } from '../../../commands/declarations/declaration-queries.js';
import { storeRegistry } from '../../../commands/assessments/store-registry.js';
import { blankDeclaration } from '../../../commands/assessments/assess-offline.js';
import { declarationJsonSchemaText } from '../../../schemas/declaration.js';
import { IdParams } from '../products/schema.js';
import { DeclarationBody, DeclarationPatchBody, DeclarationSaved, DownloadQuery } from './schema.js';

const tags = ['declarations'];
const schemaText = declarationJsonSchemaText();

export const declarationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const schemaUrl = `${app.deps.config.publicUrl}/api/schemas/declaration.json`;

  app.get('/api/schemas/declaration.json', { schema: { tags, summary: 'The JSON Schema of a declaration file (iotspp-declaration/1)' }, config: { access: { action: 'public.read' } } }, async (_req, reply) =>
    reply.type('application/schema+json; charset=utf-8').header('cache-control', 'public, max-age=3600').send(schemaText),
  );

  app.get('/api/schemas/declaration-template.json', { schema: { tags, summary: 'A blank declaration listing every baseline item of the registry in use', querystring: DownloadQuery }, config: { access: { action: 'public.read' } } }, async (req, reply) => {
    const template = blankDeclaration(await storeRegistry(app.deps.store), schemaUrl);
    if (req.query.download) reply.header('content-disposition', 'attachment; filename="declaration.json"');
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(template, null, 2));
  });

  app.get('/api/releases/:id/declaration', { schema: { tags, summary: "A release's declaration, as the file a manufacturer keeps", params: IdParams, querystring: DownloadQuery }, config: { access: { action: 'products.read' } } }, async (req, reply) => {
    const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
    const file = await declarationOfRelease(app.deps, product, release, schemaUrl);
    if (req.query.download) reply.header('content-disposition', `attachment; filename="${releaseDeclarationFileName(product, release)}"`);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(file, null, 2));
  });

  app.put(
    '/api/releases/:id/declaration',
    { schema: { tags, summary: "Replace a release's declaration with a declaration file (refused whole, with every error's pointer and hint)", params: IdParams, body: DeclarationBody, response: { 200: DeclarationSaved, ...writeErrors } }, config: { access: { action: 'products.write' } } },
    async (req) => {
      const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
      assertCan(req, 'products.write', product);
      const saved = await replaceDeclaration(app.deps, req.actor, product, release, req.body);
      const { release: after } = await releaseOrThrow(app.deps, req.actor, release.id);
      return { releaseId: release.id, revision: saved.revision, updatedAt: saved.updatedAt, declaration: await declarationOfRelease(app.deps, product, after, schemaUrl) };
    },
  );

  app.patch(
    '/api/releases/:id/declaration',
    { schema: { tags, summary: 'Change some answers, facts or follow-up answers (null removes one)', params: IdParams, body: DeclarationPatchBody, response: { 200: DeclarationSaved, ...writeErrors } }, config: { access: { action: 'products.write' } } },
    async (req) => {
      const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
      assertCan(req, 'products.write', product);
      const saved = await updateDeclaration(app.deps, req.actor, product, release, req.body as DeclarationPatch);
      return { releaseId: release.id, revision: saved.revision, updatedAt: saved.updatedAt, declaration: await declarationOfRelease(app.deps, product, release, schemaUrl) };
    },
  );

};
