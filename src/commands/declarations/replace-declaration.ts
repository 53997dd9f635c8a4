// PUT a whole declaration file for a release (the file a manufacturer keeps in its repository). The file must
// be valid on its own and be this release's: its release.version (when given) is the release's version and its
// product.model (when both are known) the product's model. Release fields the file states replace the
// release's profile; fields it leaves out stay as they are.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError, type ErrorDetail } from '../../domain/errors.js';
import type { Declaration } from '../../domain/assessments/declaration.js';
import type { Product, Release, StoredDeclaration } from '../../domain/assessments/product.js';
import type { CommandContext } from '../context.js';
import { storeRegistry } from '../assessments/store-registry.js';
import { assertValidDeclaration } from './compose.js';
import { writeDeclaration } from './write-declaration.js';

export async function replaceDeclaration(ctx: CommandContext, actor: Actor, product: Product, release: Release, body: unknown): Promise<StoredDeclaration> {
  assertValidDeclaration(await storeRegistry(ctx.store), body as Declaration);
  const file = body as Declaration;
  const mismatches: ErrorDetail[] = [];
  if (file.release?.version && file.release.version !== release.version) {
    mismatches.push({ pointer: '/release/version', message: `is "${file.release.version}", but this is release ${release.version}`, hint: 'upload the file to the release it describes, or correct its version' });
  }
  if (file.product.model && product.model && file.product.model !== product.model) {
    mismatches.push({ pointer: '/product/model', message: `is "${file.product.model}", but this product is model ${product.model}`, hint: 'upload the file to the product it describes, or correct its model' });
  }
  if (mismatches.length > 0) throw new DomainError('validation_failed', 'This declaration describes another release.', mismatches);

  return writeDeclaration(ctx, actor, product, release, 'declaration.replace', () => {
    const r = file.release ?? {};
    const next: Release = {
      ...release,
      ...(r.date !== undefined ? { releaseDate: r.date } : {}),
      ...(r.supportEnd !== undefined ? { supportEnd: r.supportEnd } : {}),
      ...(r.updateMechanism !== undefined ? { updateMechanism: r.updateMechanism } : {}),
      ...(r.disclosureContact !== undefined ? { disclosureContact: r.disclosureContact } : {}),
      ...(r.passwords !== undefined ? { passwords: r.passwords } : {}),
      ...(r.interfaces !== undefined ? { interfaces: r.interfaces } : {}),
      ...(r.dataPractices !== undefined ? { dataPractices: r.dataPractices } : {}),
    };
    return { release: next, answers: { baselineVersion: file.baselineVersion ?? null, facts: file.facts ?? {}, answers: file.answers, followUp: file.followUp ?? {} } };
  });
}
