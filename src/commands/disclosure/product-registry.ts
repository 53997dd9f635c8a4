// The port through which disclosure reads the product registry: a product, its manufacturer and its releases
// (oldest first). Disclosure never writes products.
export interface RegisteredRelease {
  id: string;
  version: string;
  releasedOn: string | null;
}

export interface RegisteredProduct {
  id: string;
  name: string;
  /** The organisation (type manufacturer) that owns the product. */
  manufacturerId: string;
  modelNumber: string | null;
  releases: RegisteredRelease[];
}

export interface ProductRegistry {
  findProduct(productId: string): Promise<RegisteredProduct | undefined>;
  listProducts(manufacturerId: string): Promise<RegisteredProduct[]>;
}
