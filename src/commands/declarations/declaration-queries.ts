// A release's declaration as the file a manufacturer keeps (product + release profile + answers).
import type { Declaration } from '../../domain/assessments/declaration.js';
import { EMPTY_ANSWERS, declarationFile, type Product, type Release } from '../../domain/assessments/product.js';
import { findDeclaration } from '../../db/repositories/declarations.js';
import type { CommandContext } from '../context.js';
import { manufacturerName } from './compose.js';

export async function declarationOfRelease(ctx: CommandContext, product: Product, release: Release, schemaUrl?: string): Promise<Declaration> {
  const stored = await findDeclaration(ctx.store.db, release.id);
  return declarationFile(product, release, stored ?? EMPTY_ANSWERS, await manufacturerName(ctx, product), schemaUrl);
}

/** "lc-2-2.4.1-declaration.json": model (or name) and version, reduced to safe characters. */
export function releaseDeclarationFileName(product: Product, release: Release, suffix = 'declaration.json'): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'release';
  return `${safe(product.model ?? product.name)}-${safe(release.version)}-${suffix}`;
}
