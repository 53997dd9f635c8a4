// Evidence files of a product: uploaded by its editors (multipart, one file, at most 10 MiB, PDF, PNG, JPEG or
// UTF-8 text decided from the bytes), listed and downloaded by its people. Downloads are always attachments,
// typed as sniffed, with nosniff and a sandboxing CSP, never cached by shared caches.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import { assertCan } from '../../plugins/authorization.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { DomainError } from '../../../domain/errors.js';
import { EVIDENCE_MAX_BYTES } from '../../../domain/assessments/evidence-types.js';
import type { EvidenceFile } from '../../../db/repositories/evidence.js';
import { productOrThrow } from '../../../commands/products/product-queries.js';
import { uploadEvidence } from '../../../commands/evidence/upload-evidence.js';
import { evidenceContent, productEvidence } from '../../../commands/evidence/evidence-queries.js';
import { IdParams } from '../products/schema.js';
import { EvidenceFileSchema, EvidenceParams } from './schema.js';

const tags = ['declarations'];

function present(f: EvidenceFile) {
  return { sha256: f.sha256, name: f.name, mediaType: f.mediaType, size: f.size, uploadedAt: f.uploadedAt };
}

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const evidenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Registered here, so only this plugin's routes accept multipart bodies.
  await app.register(multipart, { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 0, parts: 1 } });

  app.post(
    '/api/products/:id/evidence',
    { schema: { tags, summary: 'Upload an evidence file (multipart/form-data, one file; PDF, PNG, JPEG or UTF-8 text; at most 10 MiB)', params: IdParams, response: { 201: EvidenceFileSchema, 413: readErrors[404], 415: readErrors[404], ...writeErrors } }, config: { access: { action: 'products.write' } } },
    async (req, reply) => {
      const product = await productOrThrow(app.deps, req.actor, req.params.id);
      assertCan(req, 'products.write', product);
      if (!req.isMultipart()) throw new DomainError('unsupported_media_type', 'Send the file as multipart/form-data.', [{ pointer: 'body', message: 'not multipart', hint: 'curl -F file=@report.pdf ...' }]);
      let file: { name: string; bytes: Buffer } | null = null;
      try {
        const part = await req.file();
        if (part) file = { name: part.filename, bytes: await part.toBuffer() };
      } catch (e) {
        if ((e as { statusCode?: number }).statusCode === 413) {
          throw new DomainError('payload_too_large', `Evidence files are at most ${EVIDENCE_MAX_BYTES / 1024 / 1024} MiB.`, [{ pointer: 'file', message: 'too large', hint: 'link to a large document with {type: "url"} instead' }]);
        }
        throw e;
      }
      if (!file) throw new DomainError('validation_failed', 'No file in the request.', [{ pointer: 'file', message: 'missing', hint: 'send one file in a multipart field' }]);
      return reply.status(201).send(present(await uploadEvidence(app.deps, req.actor, product, file)));
    },
  );

  app.get('/api/products/:id/evidence', { schema: { tags, summary: "A product's evidence files", params: IdParams, response: { 200: Type.Object({ items: Type.Array(EvidenceFileSchema) }), ...readErrors } }, config: { access: { action: 'products.read' } } }, async (req) => {
    const product = await productOrThrow(app.deps, req.actor, req.params.id);
    return { items: (await productEvidence(app.deps, product)).map(present) };
  });

  app.get('/api/products/:id/evidence/:sha256', { schema: { tags, summary: 'Download an evidence file (always as an attachment)', params: EvidenceParams }, config: { access: { action: 'products.read' } } }, async (req, reply) => {
    const product = await productOrThrow(app.deps, req.actor, req.params.id);
    const { file, bytes } = await evidenceContent(app.deps, product, req.params.sha256);
    return reply
      .type(file.mediaType.startsWith('text/') || file.mediaType === 'application/json' ? `${file.mediaType}; charset=utf-8` : file.mediaType)
      .header('content-disposition', attachment(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(bytes);
  });
};
