import type { Kysely } from 'kysely';

// Labels (issue 7): one row per issued label, holding the signed JWS exactly as issued and, for the public
// registry's search and filters, copies of what the payload says (the label is a snapshot: renaming a product
// later does not change what its labels said). The label's later state (withdrawal, supersession) lives in
// columns beside it; the signed bytes never change. Claims get their own table so the registry can filter by
// framework. Times are ISO-8601 text, so "expired by now" is a text comparison in both dialects.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('labels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addColumn('manufacturer_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('manufacturer_name', 'text', (c) => c.notNull())
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('product_model', 'text')
    .addColumn('category', 'text')
    .addColumn('release_version', 'text', (c) => c.notNull())
    .addColumn('support_end', 'text', (c) => c.notNull())
    .addColumn('support_ends_at', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('kid', 'text', (c) => c.notNull())
    .addColumn('jws', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('withdrawal_note', 'text')
    .addColumn('withdrawn_by', 'text')
    .addColumn('superseded_by', 'text', (c) => c.references('labels.id'))
    .addColumn('superseded_at', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('labels_release').on('labels').column('release_id').execute();
  await db.schema.createIndex('labels_product').on('labels').columns(['product_id', 'issued_at']).execute();
  await db.schema.createIndex('labels_manufacturer').on('labels').column('manufacturer_id').execute();
  await db.schema.createIndex('labels_issued').on('labels').columns(['issued_at', 'id']).execute();

  await db.schema
    .createTable('label_claims')
    .addColumn('label_id', 'text', (c) => c.notNull().references('labels.id').onDelete('cascade'))
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('framework_name', 'text', (c) => c.notNull())
    .addColumn('framework_version', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('assessment_type', 'text', (c) => c.notNull())
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('label_claims_pk', ['label_id', 'framework_id'])
    .execute();
  await db.schema.createIndex('label_claims_framework').on('label_claims').columns(['framework_id', 'verdict']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('label_claims').execute();
  await db.schema.dropTable('labels').execute();
}
