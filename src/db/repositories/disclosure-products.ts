// Disclosure's read-only view of the product registry (tables of issue 6): a product with its manufacturer and
// its releases, oldest first (by release date, then by when they were registered).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface ProductWithReleases {
  id: string;
  name: string;
  manufacturerId: string;
  model: string | null;
  releases: { id: string; version: string; releasedOn: string | null }[];
}

async function withReleases(db: Kysely<Database>, products: { id: string; name: string; organisation_id: string; model: string | null }[]): Promise<ProductWithReleases[]> {
  if (products.length === 0) return [];
  const releases = await db
    .selectFrom('releases')
    .select(['id', 'product_id', 'version', 'release_date', 'created_at'])
    .where('product_id', 'in', products.map((p) => p.id))
    .execute();
  const order = (r: { release_date: string | null; created_at: string }) => r.release_date ?? r.created_at.slice(0, 10);
  releases.sort((a, b) => order(a).localeCompare(order(b)) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  return products.map((p) => ({
    id: p.id,
    name: p.name,
    manufacturerId: p.organisation_id,
    model: p.model,
    releases: releases.filter((r) => r.product_id === p.id).map((r) => ({ id: r.id, version: r.version, releasedOn: r.release_date })),
  }));
}

export async function findProductWithReleases(db: Kysely<Database>, productId: string): Promise<ProductWithReleases | undefined> {
  const product = await db.selectFrom('products').select(['id', 'name', 'organisation_id', 'model']).where('id', '=', productId).executeTakeFirst();
  return product ? (await withReleases(db, [product]))[0] : undefined;
}

export async function listProductsWithReleases(db: Kysely<Database>, organisationId: string): Promise<ProductWithReleases[]> {
  const products = await db.selectFrom('products').select(['id', 'name', 'organisation_id', 'model']).where('organisation_id', '=', organisationId).orderBy('name').orderBy('id').execute();
  return withReleases(db, products);
}

/** The first product (by name) of an organisation whose name starts with `prefix` that has at least `releases` releases. */
export async function findProductByOrganisationPrefix(db: Kysely<Database>, prefix: string, releases: number): Promise<ProductWithReleases | undefined> {
  const rows = await db
    .selectFrom('products as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.name', 'p.organisation_id', 'p.model'])
    .where('o.name', 'like', `${prefix}%`)
    .where('o.type', '=', 'manufacturer')
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  for (const p of await withReleases(db, rows)) if (p.releases.length >= releases) return p;
  return undefined;
}

/**
 * Registers a product and its releases for demonstration data only, when the product registry has no demo
 * product to build on (see src/commands/disclosure/demo-disclosure.ts).
 */
export async function insertDemoProduct(db: Kysely<Database>, p: { id: string; organisationId: string; name: string; model: string; releases: { id: string; version: string; date: string }[]; at: string }): Promise<void> {
  await db.insertInto('products').values({ id: p.id, organisation_id: p.organisationId, name: p.name, model: p.model, category: 'camera', created_at: p.at, updated_at: p.at }).execute();
  for (const r of p.releases) {
    await db
      .insertInto('releases')
      .values({ id: r.id, product_id: p.id, version: r.version, release_date: r.date, support_end: null, update_mechanism: null, disclosure_contact: null, passwords: null, interfaces: null, data_practices: null, created_at: p.at, updated_at: p.at })
      .execute();
  }
}
