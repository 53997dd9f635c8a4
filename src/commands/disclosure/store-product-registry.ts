// The product registry port over the store's products and releases tables (issue 6).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findProductWithReleases, listProductsWithReleases, type ProductWithReleases } from '../../db/repositories/disclosure-products.js';
import type { ProductRegistry, RegisteredProduct } from './product-registry.js';

function registered(p: ProductWithReleases): RegisteredProduct {
  return { id: p.id, name: p.name, manufacturerId: p.manufacturerId, modelNumber: p.model, releases: p.releases };
}

export function storeProductRegistry(db: Kysely<Database>): ProductRegistry {
  return {
    findProduct: async (id) => {
      const p = await findProductWithReleases(db, id);
      return p ? registered(p) : undefined;
    },
    listProducts: async (manufacturerId) => (await listProductsWithReleases(db, manufacturerId)).map(registered),
  };
}
