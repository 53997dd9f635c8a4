// A manufacturer editor uploads an evidence file for a product. The bytes are stored once, addressed by their
// SHA-256, and linked to the product; a declaration cites them as {type: "file", sha256, name}.
import { createHash } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { Product } from '../../domain/assessments/product.js';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MEDIA_TYPES, cleanFileName, sniffMediaType } from '../../domain/assessments/evidence-types.js';
import { insertBlob, linkEvidence, type EvidenceFile } from '../../db/repositories/evidence.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';

export async function uploadEvidence(ctx: CommandContext, actor: Actor, product: Product, file: { name: string; bytes: Buffer }): Promise<EvidenceFile> {
  if (file.bytes.length > EVIDENCE_MAX_BYTES) {
    throw new DomainError('payload_too_large', `Evidence files are at most ${EVIDENCE_MAX_BYTES / 1024 / 1024} MiB.`, [{ pointer: 'file', message: `${file.bytes.length} bytes`, hint: 'link to a large document with {type: "url"} instead' }]);
  }
  const name = cleanFileName(file.name);
  const mediaType = sniffMediaType(file.bytes, name);
  if (!mediaType) {
    throw new DomainError('unsupported_media_type', 'This kind of file is not kept as evidence.', [{ pointer: 'file', message: 'not a PDF, PNG, JPEG or UTF-8 text file', hint: `accepted: ${EVIDENCE_MEDIA_TYPES.join(', ')}` }]);
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const record: EvidenceFile = {
    productId: product.id,
    sha256,
    name,
    mediaType,
    size: file.bytes.length,
    uploadedAt: ctx.clock.now().toISOString(),
    uploadedBy: actor.kind === 'user' ? userRef(actor.userId) : 'system',
  };
  return ctx.store.db.transaction().execute(async (trx) => {
    await insertBlob(trx, sha256, file.bytes);
    const linked = await linkEvidence(trx, record);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'evidence.upload', subject: `product:${product.id}`, payload: { sha256, size: record.size, mediaType } });
    return linked;
  });
}
