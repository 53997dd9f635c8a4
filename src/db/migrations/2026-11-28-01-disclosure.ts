import type { Kysely } from 'kysely';

// Coordinated vulnerability disclosure (issue 9): manufacturers' disclosure policies and PSIRT members, cases
// with their timeline (steps, messages, deadline changes), attachments, invited coordinators, deadline notices
// already sent, and published advisories with their revisions.
//
// Everything a reporter, manufacturer or coordinator writes is sealed (AES-256-GCM, src/crypto/sealed-box.ts)
// before it reaches these tables: the columns named *_sealed hold "v1.<key id>.<nonce>.<tag>.<ciphertext>".
// What stays in clear is what the Platform needs to run deadlines and lists: states, dates, scores, ids.
//
// Products and releases are referenced by id without a foreign key: they belong to the product registry
// (issue 6), and a case keeps the product's name as it was when the report arrived.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('disclosure_policies')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('contact_email', 'text')
    .addColumn('contact_url', 'text')
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('acknowledgement_days', 'integer', (c) => c.notNull())
    .addColumn('assessment_days', 'integer', (c) => c.notNull())
    .addColumn('safe_harbour', 'text', (c) => c.notNull())
    .addColumn('encryption_url', 'text')
    .addColumn('website', 'text')
    .addColumn('list_csaf', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disclosure_psirt_members')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('disclosure_psirt_members_pk', ['organisation_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('disclosure_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tracking_id', 'text', (c) => c.notNull().unique())
    // SHA-256 of the reporter's private link token (256 random bits); the token itself is never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('manufacturer_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('reporter_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('acknowledgement_due_at', 'text', (c) => c.notNull())
    .addColumn('publication_due_at', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    // The highest base score in tenths (98 for 9.8), for sorting; null before triage.
    .addColumn('max_score_tenths', 'integer')
    .addColumn('cve', 'text')
    .addColumn('duplicate_of', 'text')
    .addColumn('affected_release_ids', 'text', (c) => c.notNull())
    .addColumn('fixed_release_ids', 'text', (c) => c.notNull())
    .addColumn('advisory_id', 'text')
    .addColumn('content_sealed', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosure_cases_manufacturer').on('disclosure_cases').columns(['manufacturer_id', 'state']).execute();
  await db.schema.createIndex('disclosure_cases_reporter').on('disclosure_cases').column('reporter_user_id').execute();
  await db.schema.createIndex('disclosure_cases_state').on('disclosure_cases').column('state').execute();

  await db.schema
    .createTable('disclosure_case_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('disclosure_cases.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // reporter, psirt, coordinator or system: the role the author acted in on this case.
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // all (reporter included) or internal (manufacturer and coordinators only).
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('body_sealed', 'text', (c) => c.notNull())
    .addUniqueConstraint('disclosure_case_events_seq', ['case_id', 'seq'])
    .execute();

  await db.schema
    .createTable('disclosure_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('disclosure_cases.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('disclosure_case_events.id').onDelete('cascade'))
    .addColumn('name_sealed', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosure_attachments_case').on('disclosure_attachments').column('case_id').execute();

  await db.schema
    .createTable('disclosure_case_coordinators')
    .addColumn('case_id', 'text', (c) => c.notNull().references('disclosure_cases.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('disclosure_case_coordinators_pk', ['case_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('disclosure_notices')
    .addColumn('case_id', 'text', (c) => c.notNull().references('disclosure_cases.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // 1 when sent; 0 when passed over because a later notice of the same deadline was due too.
    .addColumn('sent', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('disclosure_notices_pk', ['case_id', 'key'])
    .execute();

  await db.schema
    .createTable('disclosure_advisories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().unique().references('disclosure_cases.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('manufacturer_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('cve', 'text')
    .addColumn('max_score_tenths', 'integer', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('affected_release_ids', 'text', (c) => c.notNull())
    .addColumn('fixed_release_ids', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('initial_release_date', 'text', (c) => c.notNull())
    .addColumn('current_release_date', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addUniqueConstraint('disclosure_advisories_year_sequence', ['year', 'sequence'])
    .execute();

  await db.schema
    .createTable('disclosure_advisory_revisions')
    .addColumn('advisory_id', 'text', (c) => c.notNull().references('disclosure_advisories.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('disclosure_advisory_revisions_pk', ['advisory_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'disclosure_advisory_revisions',
    'disclosure_advisories',
    'disclosure_notices',
    'disclosure_case_coordinators',
    'disclosure_attachments',
    'disclosure_case_events',
    'disclosure_cases',
    'disclosure_psirt_members',
    'disclosure_policies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
