// The product registry as other parts of the Platform read it (disclosure's ProductRegistry port; labels):
// a product, its manufacturer organisation and its releases, oldest first. Read-only, no access checks: the
// caller decides what it may show.
import type { ProductRegistry, RegisteredProduct } from '../disclosure/product-registry.js';
import type { Product, Release } from '../../domain/assessments/product.js';
import { findProduct, listReleases, productsOfOrganisation } from '../../db/repositories/products.js';
import type { Store } from '../../db/connect.js';

function registered(product: Product, releases: Release[]): RegisteredProduct {
  return {
    id: product.id,
    name: product.name,
    manufacturerId: product.organisationId,
    modelNumber: product.model,
    releases: releases
      .filter((r) => r.productId === product.id)
      .reverse()
      .map((r) => ({ id: r.id, version: r.version, releasedOn: r.releaseDate })),
  };
}

export function storeProductRegistry(store: Store): ProductRegistry {
  return {
    async findProduct(productId) {
      const product = await findProduct(store.db, productId);
      return product ? registered(product, await listReleases(store.db, [product.id])) : undefined;
    },
    async listProducts(manufacturerId) {
      const products = await productsOfOrganisation(store.db, manufacturerId);
      const releases = await listReleases(store.db, products.map((p) => p.id));
      return products.map((p) => registered(p, releases));
    },
  };
}
