// A manufacturer editor records a release (a software version) of a product, with its profile. It starts with
// a declaration: empty, or a copy of an earlier release's answers (answer the baseline once, then carry the
// answers forward and change what changed).
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { EMPTY_ANSWERS, type Product, type Release } from '../../domain/assessments/product.js';
import type { ReleaseProfile } from '../../domain/assessments/product-profile.js';
import { findRelease, findReleaseByVersion, insertRelease } from '../../db/repositories/products.js';
import { findDeclaration, saveDeclaration } from '../../db/repositories/declarations.js';
import { appendAudit, auditActor, userRef } from '../audit.js';
import type { CommandContext } from '../context.js';
import { newId } from '../accounts/secrets.js';
import { storeRegistry } from '../assessments/store-registry.js';
import { assertValidDeclaration, composeDeclaration, manufacturerName } from '../declarations/compose.js';

export interface ReleaseInput extends ReleaseProfile {
  version: string;
  releaseDate: string | null;
}

/**
 * `input` holds the fields the caller gave; the others are null, or, when copying an earlier release, that
 * release's (a new software version usually keeps the support period, update mechanism and interfaces).
 */
export async function createRelease(ctx: CommandContext, actor: Actor, product: Product, given: Partial<ReleaseInput> & { version: string }, copyFrom?: string): Promise<Release> {
  const db = ctx.store.db;
  if (await findReleaseByVersion(db, product.id, given.version.trim())) {
    throw new DomainError('already_exists', `${product.name} already has a release ${given.version}.`, [{ pointer: 'body/version', message: 'already recorded', hint: 'edit that release, or give this one its own version' }]);
  }
  const source = copyFrom ? await findRelease(db, copyFrom) : undefined;
  if (copyFrom && (!source || source.productId !== product.id)) {
    throw new DomainError('validation_failed', 'copyFrom must be a release of the same product.', [{ pointer: 'body/copyFrom', message: 'not a release of this product', hint: 'use the id of one of its releases' }]);
  }
  const now = ctx.clock.now().toISOString();
  const base = source ?? { releaseDate: null, supportEnd: null, updateMechanism: null, disclosureContact: null, passwords: null, interfaces: null, dataPractices: null };
  const input: ReleaseInput = {
    version: given.version,
    releaseDate: given.releaseDate !== undefined ? given.releaseDate : null,
    supportEnd: given.supportEnd !== undefined ? given.supportEnd : base.supportEnd,
    updateMechanism: given.updateMechanism !== undefined ? given.updateMechanism : base.updateMechanism,
    disclosureContact: given.disclosureContact !== undefined ? given.disclosureContact : base.disclosureContact,
    passwords: given.passwords !== undefined ? given.passwords : base.passwords,
    interfaces: given.interfaces !== undefined ? given.interfaces : base.interfaces,
    dataPractices: given.dataPractices !== undefined ? given.dataPractices : base.dataPractices,
  };
  const release: Release = { ...input, version: input.version.trim(), id: newId(), productId: product.id, createdAt: now, updatedAt: now };
  const copied = source ? await findDeclaration(db, source.id) : undefined;
  const answers = copied ? { baselineVersion: copied.baselineVersion, facts: copied.facts, answers: copied.answers, followUp: copied.followUp } : EMPTY_ANSWERS;
  assertValidDeclaration(await storeRegistry(ctx.store), composeDeclaration(product, release, answers, await manufacturerName(ctx, product)));
  const by = actor.kind === 'user' ? userRef(actor.userId) : 'system';
  await db.transaction().execute(async (trx) => {
    await insertRelease(trx, release);
    await saveDeclaration(trx, { releaseId: release.id, revision: 1, ...answers, updatedAt: now, updatedBy: by });
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'release.create', subject: `release:${release.id}`, payload: { product: product.id, copiedFrom: source?.id ?? null } });
  });
  return release;
}
