// A manufacturer editor changes a release's profile. The profile decides product facts, so the declaration's
// revision moves with it (its assessment is recomputed) and the declaration must still be valid afterwards.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { EMPTY_ANSWERS, type Product, type Release } from '../../domain/assessments/product.js';
import { findReleaseByVersion, updateRelease as storeRelease } from '../../db/repositories/products.js';
import { findDeclaration, saveDeclaration } from '../../db/repositories/declarations.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { storeRegistry } from '../assessments/store-registry.js';
import { assertValidDeclaration, composeDeclaration, manufacturerName } from '../declarations/compose.js';
import type { ReleaseInput } from './create-release.js';

export async function updateRelease(ctx: CommandContext, actor: Actor, product: Product, before: Release, changes: Partial<ReleaseInput>): Promise<Release> {
  const db = ctx.store.db;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<ReleaseInput>;
  const after: Release = { ...before, ...defined, version: (defined.version ?? before.version).trim(), updatedAt: ctx.clock.now().toISOString() };
  if (after.version !== before.version && (await findReleaseByVersion(db, product.id, after.version))) {
    throw new DomainError('already_exists', `${product.name} already has a release ${after.version}.`, [{ pointer: 'body/version', message: 'already recorded', hint: 'choose another version' }]);
  }
  await saveProfile(ctx, actor, product, before, after);
  return after;
}

/**
 * Writes a release's new profile and bumps its declaration's revision, in one transaction with the audit entry.
 * The declaration is read and checked inside the transaction, so a concurrent change of answers is not lost.
 */
export async function saveProfile(ctx: CommandContext, actor: Actor, product: Product, before: Release, after: Release): Promise<void> {
  // Read before the transaction: on SQLite the transaction holds the only connection.
  const registry = await storeRegistry(ctx.store);
  const manufacturer = await manufacturerName(ctx, product);
  const changed = (Object.keys(after) as (keyof Release)[]).filter((k) => k !== 'updatedAt' && JSON.stringify(after[k]) !== JSON.stringify(before[k]));
  await ctx.store.db.transaction().execute(async (trx) => {
    const current = await findDeclaration(trx, before.id);
    const answers = current ?? EMPTY_ANSWERS;
    assertValidDeclaration(registry, composeDeclaration(product, after, answers, manufacturer));
    await storeRelease(trx, after);
    await saveDeclaration(trx, {
      releaseId: before.id,
      revision: (current?.revision ?? 0) + 1,
      baselineVersion: answers.baselineVersion,
      facts: answers.facts,
      answers: answers.answers,
      followUp: answers.followUp,
      updatedAt: after.updatedAt,
      updatedBy: actor.kind === 'user' ? userRef(actor.userId) : 'system',
    });
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'release.update', subject: `release:${before.id}`, payload: { product: product.id, changed } });
  });
}
