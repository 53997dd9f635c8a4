// A release's declaration as one document (product + release profile + stored answers), validated as a whole
// against the registry in use before anything is written: whatever part a request changes, the result must be
// a valid declaration, or nothing is saved.
import { DomainError } from '../../domain/errors.js';
import type { Declaration } from '../../domain/assessments/declaration.js';
import { declarationFile, type DeclarationAnswers, type Product, type Release } from '../../domain/assessments/product.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { validateDeclaration } from '../../validation/declaration.js';
import type { CommandContext } from '../context.js';
import type { AssessmentRegistry } from '../assessments/offline-plan.js';

export async function manufacturerName(ctx: CommandContext, product: Product): Promise<string | null> {
  return (await findOrganisation(ctx.store.db, product.organisationId))?.name ?? null;
}

/** Throws validation_failed with every problem (pointer and hint) when the composed declaration is invalid. */
export function assertValidDeclaration(registry: AssessmentRegistry, declaration: Declaration): void {
  // Through JSON, as a client would send it: undefined fields disappear, exactly as in the stored text.
  const result = validateDeclaration(JSON.parse(JSON.stringify(declaration)), registry.vocabulary);
  if (result.ok) return;
  const first = result.errors[0]!;
  throw new DomainError('validation_failed', `The declaration has ${result.errors.length} error(s); first: ${first.pointer || '/'} ${first.message}.`, result.errors);
}

export function composeDeclaration(product: Product, release: Release, answers: DeclarationAnswers, manufacturer: string | null): Declaration {
  return declarationFile(product, release, answers, manufacturer);
}
