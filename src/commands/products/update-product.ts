// A manufacturer editor corrects a product's name, model or category.
import type { Actor } from '../../domain/access/actor.js';
import type { Product } from '../../domain/assessments/product.js';
import { updateProduct as storeProduct } from '../../db/repositories/products.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';
import type { ProductInput } from './create-product.js';

export async function updateProduct(ctx: CommandContext, actor: Actor, before: Product, changes: Partial<ProductInput>): Promise<Product> {
  const after: Product = {
    ...before,
    name: changes.name?.trim() ?? before.name,
    model: changes.model === undefined ? before.model : changes.model?.trim() || null,
    category: changes.category ?? before.category,
    updatedAt: ctx.clock.now().toISOString(),
  };
  const changed = (['name', 'model', 'category'] as const).filter((k) => after[k] !== before[k]);
  await ctx.store.db.transaction().execute(async (trx) => {
    await storeProduct(trx, after);
    await appendAudit(trx, ctx, { actor: auditActor(actor), action: 'product.update', subject: `product:${before.id}`, payload: { changed } });
  });
  return after;
}
