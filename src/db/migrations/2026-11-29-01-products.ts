import type { Kysely } from 'kysely';

// The product registry and its assessments (issue 6). Products belong to a manufacturer organisation;
// releases to a product; each release has one current declaration. Evidence bytes live in the database,
// content-addressed by their SHA-256 (outside any web root, inside the same transactions and backups), linked
// to the products that cite them. Assessments record what each release's results were derived from.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('products_organisation').on('products').column('organisation_id').execute();

  await db.schema
    .createTable('releases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('release_date', 'text')
    .addColumn('support_end', 'text')
    .addColumn('update_mechanism', 'text')
    .addColumn('disclosure_contact', 'text')
    .addColumn('passwords', 'text')
    .addColumn('interfaces', 'text')
    .addColumn('data_practices', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('releases_product_version', ['product_id', 'version'])
    .execute();

  await db.schema
    .createTable('declarations')
    .addColumn('release_id', 'text', (c) => c.primaryKey().references('releases.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('baseline_version', 'text')
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('evidence_blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('evidence_files')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('evidence_blobs.sha256'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_files_pk', ['product_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('release_id', 'text', (c) => c.primaryKey().references('releases.id').onDelete('cascade'))
    .addColumn('declaration_revision', 'integer', (c) => c.notNull())
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('bundle_version', 'text')
    .addColumn('baseline_version', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assessment_verdicts')
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('framework_version', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('deciding_applicable', 'integer', (c) => c.notNull())
    .addColumn('deciding_met', 'integer', (c) => c.notNull())
    .addColumn('deciding_failing', 'integer', (c) => c.notNull())
    .addColumn('deciding_open', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_verdicts_pk', ['release_id', 'framework_id'])
    .execute();
  await db.schema.createIndex('assessment_verdicts_framework').on('assessment_verdicts').columns(['framework_id', 'verdict']).execute();

  await db.schema
    .createTable('share_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('share_links_release').on('share_links').column('release_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['share_links', 'assessment_verdicts', 'assessments', 'evidence_files', 'evidence_blobs', 'declarations', 'releases', 'products']) {
    await db.schema.dropTable(table).execute();
  }
}
