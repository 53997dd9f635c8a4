// Reading a product's evidence files (the route has already checked the caller may read the product).
import { DomainError } from '../../domain/errors.js';
import type { Product } from '../../domain/assessments/product.js';
import { findEvidence, listEvidence, readBlob, type EvidenceFile } from '../../db/repositories/evidence.js';
import type { CommandContext } from '../context.js';

export async function productEvidence(ctx: CommandContext, product: Product): Promise<EvidenceFile[]> {
  return listEvidence(ctx.store.db, product.id);
}

export async function evidenceContent(ctx: CommandContext, product: Product, sha256: string): Promise<{ file: EvidenceFile; bytes: Buffer }> {
  const file = await findEvidence(ctx.store.db, product.id, sha256);
  const bytes = file ? await readBlob(ctx.store.db, sha256) : undefined;
  if (!file || !bytes) throw new DomainError('evidence_not_found', `No evidence file ${sha256} for this product.`);
  return { file, bytes };
}
