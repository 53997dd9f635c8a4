import type { Kysely } from 'kysely';

// The hash-chained audit log, the curation history (before/after of every curated change, ordered by the
// audit entry that recorded it) and the curation overrides that tell the bundle loader which bundled rows a
// curator has edited or deleted and so must be left alone.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_subject_idx').on('audit_log').column('subject').execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').column('actor').execute();

  await db.schema
    .createTable('history')
    // No foreign key to audit_log: the audit log must stay checkable even when someone tampers with it.
    .addColumn('audit_seq', 'integer', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('history_entity_idx').on('history').columns(['entity', 'entity_key']).execute();
  await db.schema.createIndex('history_framework_idx').on('history').column('framework_id').execute();

  await db.schema
    .createTable('curation_overrides')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('curation_overrides_pk', ['entity', 'entity_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('curation_overrides').execute();
  await db.schema.dropTable('history').execute();
  await db.schema.dropTable('audit_log').execute();
}
