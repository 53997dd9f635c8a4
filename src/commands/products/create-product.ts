// A manufacturer editor registers a product for their organisation (which must be a manufacturer).
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { Product } from '../../domain/assessments/product.js';
import type { ProductCategory } from '../../domain/assessments/product-profile.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { insertProduct } from '../../db/repositories/products.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';
import { newId } from '../accounts/secrets.js';

export interface ProductInput {
  name: string;
  model: string | null;
  category: ProductCategory;
}

export async function createProduct(ctx: CommandContext, actor: Actor, input: ProductInput): Promise<Product> {
  const organisationId = actor.kind === 'user' ? actor.organisationId : null;
  const organisation = organisationId ? await findOrganisation(ctx.store.db, organisationId) : undefined;
  if (!organisation) throw new DomainError('forbidden', 'Products belong to an organisation: your account has none.');
  if (organisation.type !== 'manufacturer') {
    throw new DomainError('conflict', `Products belong to manufacturers; ${organisation.name} is registered as "${organisation.type}".`);
  }
  const now = ctx.clock.now().toISOString();
  const product: Product = { id: newId(), organisationId: organisation.id, name: input.name.trim(), model: input.model?.trim() || null, category: input.category, createdAt: now, updatedAt: now };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertProduct(trx, product);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'product.create', subject: `product:${product.id}`, payload: { organisation: organisation.id, category: product.category } });
  });
  return product;
}
