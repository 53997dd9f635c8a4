import type { Kysely } from 'kysely';

// Migrations use Kysely<any> and never import application code, so they stay valid as the code moves on.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('frameworks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('jurisdictions', 'text', (c) => c.notNull())
    .addColumn('publication_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('layers', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('development', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('requirements')
    .addColumn('framework_id', 'text', (c) => c.notNull().references('frameworks.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('official_ref', 'text')
    .addColumn('verification', 'text', (c) => c.notNull())
    .addColumn('verification_note', 'text')
    .addColumn('organisations', 'text', (c) => c.notNull())
    .addColumn('footnotes', 'text', (c) => c.notNull())
    .addColumn('assurance_levels', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('requirements_pk', ['framework_id', 'id'])
    .execute();

  await db.schema
    .createTable('mappings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_framework_id', 'text', (c) => c.notNull())
    .addColumn('source_requirement_id', 'text', (c) => c.notNull())
    .addColumn('target_framework_id', 'text', (c) => c.notNull())
    .addColumn('target_requirement_id', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('strength', 'integer', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('provenance_source', 'text', (c) => c.notNull())
    .addColumn('provenance_url', 'text')
    .addColumn('provenance_date', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'mappings_source_fk',
      ['source_framework_id', 'source_requirement_id'],
      'requirements',
      ['framework_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'mappings_target_fk',
      ['target_framework_id', 'target_requirement_id'],
      'requirements',
      ['framework_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema.createIndex('mappings_source_idx').on('mappings').columns(['source_framework_id', 'source_requirement_id']).execute();
  await db.schema.createIndex('mappings_target_idx').on('mappings').columns(['target_framework_id', 'target_requirement_id']).execute();
  await db.schema.createIndex('requirements_framework_idx').on('requirements').columns(['framework_id', 'position']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mappings').execute();
  await db.schema.dropTable('requirements').execute();
  await db.schema.dropTable('frameworks').execute();
  await db.schema.dropTable('meta').execute();
}
