import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EXPORT_FORMATS, exportFrameworkCommand, exportMappingsCommand } from '../../../commands/export-framework.js';
import { importOscalCommand } from '../../../commands/import-oscal.js';
import { enumOf } from '../../../schemas/enum.js';
import { ErrorResponse, readErrors } from '../../schemas/common.js';
import { FrameworkIdParams } from '../frameworks/schema.js';

/** OSCAL catalogs of real frameworks run to a few megabytes; the global limit is for ordinary requests. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

const ImportResultSchema = Type.Union([
  Type.Object({ kind: Type.Literal('catalog'), frameworkId: Type.String(), requirements: Type.Integer(), replaced: Type.Boolean() }),
  Type.Object({ kind: Type.Literal('mapping-collection'), mappings: Type.Integer(), unchanged: Type.Integer() }),
]);

export const oscalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/frameworks/:id/export',
    {
      schema: {
        tags: ['registry'],
        summary: 'A framework as an OSCAL 1.2 catalog (validated against the official schema) or as CSV',
        params: FrameworkIdParams,
        querystring: Type.Object({ format: enumOf(EXPORT_FORMATS) }, { additionalProperties: false }),
        produces: ['application/json', 'text/csv'],
        response: { 200: Type.String({ description: 'the file' }), ...readErrors },
      },
      config: { access: { action: 'registry.read' } },
    },
    async (req, reply) => {
      const file = await exportFrameworkCommand(app.deps, req.params.id, req.query.format);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  );

  app.get(
    '/api/frameworks/:id/mappings/export',
    {
      schema: {
        tags: ['crosswalk'],
        summary: 'The mappings stated from a framework as an OSCAL mapping collection',
        params: FrameworkIdParams,
        produces: ['application/json'],
        response: { 200: Type.String({ description: 'the file' }), ...readErrors },
      },
      config: { access: { action: 'registry.read' } },
    },
    async (req, reply) => {
      const file = await exportMappingsCommand(app.deps, req.params.id);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
    },
  );

  app.post(
    '/api/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['registry'],
        summary: 'Import an OSCAL catalog or mapping collection (curators); an invalid file is rejected whole',
        querystring: Type.Object(
          {
            replace: Type.Optional(Type.Boolean({ default: false })),
            as: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        body: Type.Object({}, { additionalProperties: true, description: 'the OSCAL document' }),
        response: { 201: ImportResultSchema, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse, 422: ErrorResponse },
      },
      config: { access: { action: 'registry.write' } },
    },
    async (req, reply) => {
      const result = await importOscalCommand(app.deps, JSON.stringify(req.body), { replace: req.query.replace, frameworkId: req.query.as, actor: req.actor });
      return reply.status(201).send(result);
    },
  );
};
