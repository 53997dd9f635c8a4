// The one way a declaration changes: read the current answers inside a transaction, apply the change, check
// the whole resulting declaration against the registry in use, write the release profile and the answers with
// the next revision, and append the audit entry. Any error leaves everything as it was.
import type { Actor } from '../../domain/access/actor.js';
import type { DeclarationAnswers, Product, Release, StoredDeclaration } from '../../domain/assessments/product.js';
import { DomainError, type ErrorDetail } from '../../domain/errors.js';
import { pointer } from '../../domain/assessments/declaration-checks.js';
import { listEvidence } from '../../db/repositories/evidence.js';
import { EMPTY_ANSWERS } from '../../domain/assessments/product.js';
import { STATUSES, type Status } from '../../domain/assessments/status.js';
import { updateRelease as storeRelease } from '../../db/repositories/products.js';
import { findDeclaration, saveDeclaration } from '../../db/repositories/declarations.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { storeRegistry } from '../assessments/store-registry.js';
import { assertValidDeclaration, composeDeclaration, manufacturerName } from './compose.js';

export interface DeclarationChange {
  release: Release;
  answers: DeclarationAnswers;
}

export async function writeDeclaration(
  ctx: CommandContext,
  actor: Actor,
  product: Product,
  release: Release,
  action: 'declaration.replace' | 'declaration.update',
  change: (current: DeclarationAnswers) => DeclarationChange,
): Promise<StoredDeclaration> {
  const registry = await storeRegistry(ctx.store);
  const manufacturer = await manufacturerName(ctx, product);
  const now = ctx.clock.now().toISOString();
  return ctx.store.db.transaction().execute(async (trx) => {
    const current = await findDeclaration(trx, release.id);
    const next = change(current ?? EMPTY_ANSWERS);
    assertValidDeclaration(registry, composeDeclaration(product, next.release, next.answers, manufacturer));
    const uploaded = new Set((await listEvidence(trx, product.id)).map((f) => f.sha256));
    const missing = missingFiles(next.answers, uploaded);
    if (missing.length > 0) throw new DomainError('validation_failed', 'The declaration cites evidence files that were not uploaded for this product.', missing);
    const profileChanged = JSON.stringify({ ...next.release, updatedAt: '' }) !== JSON.stringify({ ...release, updatedAt: '' });
    if (profileChanged) await storeRelease(trx, { ...next.release, updatedAt: now });
    const stored: StoredDeclaration = {
      releaseId: release.id,
      revision: (current?.revision ?? 0) + 1,
      ...next.answers,
      updatedAt: now,
      updatedBy: actor.kind === 'user' ? userRef(actor.userId) : 'system',
    };
    await saveDeclaration(trx, stored);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action,
      subject: `release:${release.id}`,
      payload: { product: product.id, revision: stored.revision, profileChanged, answers: countByStatus(stored), followUp: Object.fromEntries(Object.entries(stored.followUp).map(([fw, a]) => [fw, Object.keys(a).length])) },
    });
    return stored;
  });
}

function countByStatus(d: DeclarationAnswers): Partial<Record<Status, number>> {
  const counts: Partial<Record<Status, number>> = {};
  for (const a of Object.values(d.answers)) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return Object.fromEntries(STATUSES.filter((s) => counts[s]).map((s) => [s, counts[s]]));
}

/** Evidence of type file must name a file uploaded for the product (by its SHA-256). */
function missingFiles(d: DeclarationAnswers, uploaded: ReadonlySet<string>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const check = (path: string[], answer: { evidence?: { type: string; sha256?: string }[] }) =>
    (answer.evidence ?? []).forEach((e, i) => {
      if (e.type === 'file' && e.sha256 && !uploaded.has(e.sha256)) {
        problems.push({ pointer: pointer(...path, 'evidence', String(i), 'sha256'), message: 'no file with this SHA-256 was uploaded for the product', hint: 'upload it first (POST /api/products/:id/evidence) and cite the sha256 it returns' });
      }
    });
  for (const [id, a] of Object.entries(d.answers)) check(['answers', id], a);
  for (const [fw, answers] of Object.entries(d.followUp)) for (const [id, a] of Object.entries(answers)) check(['followUp', fw, id], a);
  return problems;
}
