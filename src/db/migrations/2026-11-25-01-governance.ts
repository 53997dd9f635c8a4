import type { Kysely } from 'kysely';

// The Platform's governance: memberships, proposals with their votes (ballots are append-only: a changed vote
// is a new row, so the record keeps every cast), comments, statements with their versions and paragraph
// comments, special interest groups, expert advisors, charter terms, baseline versions and settings.
// Rules, electorates, payloads and results are JSON text, as elsewhere. Organisations and users are referenced
// by id without foreign keys where the row must outlive an erased account (a ballot stays in the record).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('framework_id', 'text')
    .addColumn('admitted_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('end_note', 'text')
    .execute();
  await db.schema.createIndex('memberships_organisation_idx').on('memberships').column('organisation_id').execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('requested_rule', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposed_for', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('rule', 'text')
    .addColumn('electorate', 'text')
    .addColumn('result', 'text')
    .addColumn('reminder_sent_at', 'text')
    .execute();
  await db.schema.createIndex('proposals_status_idx').on('proposals').columns(['status', 'closes_at']).execute();

  await db.schema
    .createTable('ballots')
    .addColumn('audit_seq', 'integer', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ballots_proposal_idx').on('ballots').columns(['proposal_id', 'audit_seq']).execute();

  await db.schema
    .createTable('proposal_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_comments_proposal_idx').on('proposal_comments').columns(['proposal_id', 'created_at']).execute();

  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_for', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('adopted_version', 'integer')
    .addColumn('adopted_on', 'text')
    .addColumn('proposal_id', 'text')
    .addColumn('record_note', 'text')
    .execute();

  await db.schema
    .createTable('statement_versions')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('paragraphs', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_versions_pk', ['statement_id', 'version'])
    .execute();

  await db.schema
    .createTable('statement_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('paragraph_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statement_comments_statement_idx').on('statement_comments').columns(['statement_id', 'created_at']).execute();

  await db.schema
    .createTable('special_interest_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('focus_area', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('working_method', 'text', (c) => c.notNull())
    .addColumn('targets', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sig_participants')
    .addColumn('sig_id', 'text', (c) => c.notNull().references('special_interest_groups.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sig_participants_pk', ['sig_id', 'kind', 'participant_id'])
    .execute();

  await db.schema
    .createTable('sig_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sig_id', 'text', (c) => c.notNull().references('special_interest_groups.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('expert_advisors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('designated_by', 'text')
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('admitted_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await db.schema
    .createTable('charter_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('deliverables', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('baseline_versions')
    .addColumn('version', 'text', (c) => c.primaryKey())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .addColumn('bundle_version', 'text')
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('governance_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'governance_settings',
    'baseline_versions',
    'charter_terms',
    'expert_advisors',
    'sig_reports',
    'sig_participants',
    'special_interest_groups',
    'statement_comments',
    'statement_versions',
    'statements',
    'proposal_comments',
    'ballots',
    'proposals',
    'memberships',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
