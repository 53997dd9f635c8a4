// Products and their releases (one aggregate: a release never moves between products).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { ProductsTable, ReleasesTable } from '../schema-products.js';
import { fromJson, toJson } from '../json-column.js';
import type { Product, Release } from '../../domain/assessments/product.js';
import type { ProductCategory, ReleaseProfile } from '../../domain/assessments/product-profile.js';

function productFromRow(r: Selectable<ProductsTable>): Product {
  return { id: r.id, organisationId: r.organisation_id, name: r.name, model: r.model, category: r.category as ProductCategory, createdAt: r.created_at, updatedAt: r.updated_at };
}

function releaseFromRow(r: Selectable<ReleasesTable>): Release {
  return {
    id: r.id,
    productId: r.product_id,
    version: r.version,
    releaseDate: r.release_date,
    supportEnd: r.support_end,
    updateMechanism: r.update_mechanism as ReleaseProfile['updateMechanism'],
    disclosureContact: r.disclosure_contact,
    passwords: r.passwords as ReleaseProfile['passwords'],
    interfaces: r.interfaces === null ? null : fromJson(r.interfaces),
    dataPractices: r.data_practices === null ? null : fromJson(r.data_practices),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertProduct(db: Kysely<Database>, p: Product): Promise<void> {
  await db.insertInto('products').values({ id: p.id, organisation_id: p.organisationId, name: p.name, model: p.model, category: p.category, created_at: p.createdAt, updated_at: p.updatedAt }).execute();
}

export async function updateProduct(db: Kysely<Database>, p: Product): Promise<void> {
  await db.updateTable('products').set({ name: p.name, model: p.model, category: p.category, updated_at: p.updatedAt }).where('id', '=', p.id).execute();
}

export async function findProduct(db: Kysely<Database>, id: string): Promise<Product | undefined> {
  const row = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? productFromRow(row) : undefined;
}

export async function listProducts(db: Kysely<Database>, organisationId: string, page: { limit: number; offset: number; search?: string }): Promise<{ items: Product[]; total: number }> {
  let q = db.selectFrom('products').where('organisation_id', '=', organisationId);
  if (page.search) {
    // LIKE wildcards in the search match themselves; the same escape works in both dialects.
    const like = `%${page.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(lower(name) like ${like} escape '\\' or lower(coalesce(model, '')) like ${like} escape '\\')`);
  }
  const counted = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute();
  return { items: rows.map(productFromRow), total: Number(counted.n) };
}

export async function productsOfOrganisation(db: Kysely<Database>, organisationId: string): Promise<Product[]> {
  return (await db.selectFrom('products').selectAll().where('organisation_id', '=', organisationId).orderBy('name').orderBy('id').execute()).map(productFromRow);
}

/** Every product of every organisation: for the regulator view, which aggregates and names none of them. */
export async function allProducts(db: Kysely<Database>, filter: { category?: string } = {}): Promise<Product[]> {
  let q = db.selectFrom('products').selectAll();
  if (filter.category) q = q.where('category', '=', filter.category);
  return (await q.orderBy('id').execute()).map(productFromRow);
}

export async function insertRelease(db: Kysely<Database>, r: Release): Promise<void> {
  await db.insertInto('releases').values({ id: r.id, product_id: r.productId, version: r.version, ...releaseColumns(r), created_at: r.createdAt, updated_at: r.updatedAt }).execute();
}

export async function updateRelease(db: Kysely<Database>, r: Release): Promise<void> {
  await db.updateTable('releases').set({ version: r.version, ...releaseColumns(r), updated_at: r.updatedAt }).where('id', '=', r.id).execute();
}

function releaseColumns(r: Release) {
  return {
    release_date: r.releaseDate,
    support_end: r.supportEnd,
    update_mechanism: r.updateMechanism,
    disclosure_contact: r.disclosureContact,
    passwords: r.passwords,
    interfaces: r.interfaces === null ? null : toJson(r.interfaces),
    data_practices: r.dataPractices === null ? null : toJson(r.dataPractices),
  };
}

export async function findRelease(db: Kysely<Database>, id: string): Promise<Release | undefined> {
  const row = await db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? releaseFromRow(row) : undefined;
}

export async function findReleaseByVersion(db: Kysely<Database>, productId: string, version: string): Promise<Release | undefined> {
  const row = await db.selectFrom('releases').selectAll().where('product_id', '=', productId).where('version', '=', version).executeTakeFirst();
  return row ? releaseFromRow(row) : undefined;
}

/** A product's releases, newest first (by release date, then by when they were recorded). */
export async function listReleases(db: Kysely<Database>, productIds: readonly string[]): Promise<Release[]> {
  if (productIds.length === 0) return [];
  const rows = await db.selectFrom('releases').selectAll().where('product_id', 'in', productIds).orderBy('product_id').execute();
  return rows.map(releaseFromRow).sort(newestFirst);
}

export function newestFirst(a: Release, b: Release): number {
  const da = a.releaseDate ?? a.createdAt.slice(0, 10);
  const db_ = b.releaseDate ?? b.createdAt.slice(0, 10);
  return db_.localeCompare(da) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}
