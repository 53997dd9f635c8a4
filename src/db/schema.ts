// Kysely table types. JSON-valued columns are stored as text in both dialects (parsed in repositories), dates
// as ISO-8601 text, so SQLite and PostgreSQL hold the same bytes. Nullable columns are `T | null`.
import type { Generated } from 'kysely';
import type { DisclosureTables } from './schema-disclosure.js';
import type { ProductTables } from './schema-products.js';
import type { LabelTables } from './schema-labels.js';

export interface FrameworksTable {
  id: string;
  title: string;
  short_name: string;
  version: string;
  kind: string;
  issuer: string;
  organisation: string;
  jurisdictions: string;
  publication_date: string | null;
  status: string;
  scope: string;
  layers: string;
  source_url: string;
  summary: string;
  development: string;
  licence: string;
  conditions: string;
  notes: string;
  origin: string;
  updated_at: string;
}

export interface RequirementsTable {
  framework_id: string;
  id: string;
  title: string;
  summary: string;
  level: string;
  group_name: string;
  tags: string;
  conditions: string;
  source_url: string | null;
  official_ref: string | null;
  verification: string;
  verification_note: string | null;
  organisations: string;
  footnotes: string;
  assurance_levels: string;
  parent_id: string | null;
  position: number;
  /** Lower-cased id, title, summary, group and tags, so search is the same LIKE in both dialects. */
  search_text: string;
}

export interface MappingsTable {
  id: string;
  source_framework_id: string;
  source_requirement_id: string;
  target_framework_id: string;
  target_requirement_id: string;
  relationship: string;
  strength: number;
  rationale: string;
  provenance_source: string;
  provenance_url: string | null;
  provenance_date: string;
  origin: string;
  updated_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  type: string;
  country: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  /** Normalised (lower-case); null once the account is erased. */
  email: string | null;
  display_name: string | null;
  organisation_id: string | null;
  /** JSON array of roles. */
  roles: string;
  /** active, disabled or deleted. */
  status: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  /** The last TOTP time step accepted, so a code cannot be replayed. */
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface RecoveryCodesTable {
  code_hash: string;
  user_id: string;
  created_at: string;
  used_at: string | null;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  /** JSON array of scopes. */
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface OneTimeTokensTable {
  id: string;
  /** setup or password-reset. */
  purpose: string;
  token_hash: string;
  user_id: string | null;
  /** For setup tokens made by `iotspp admin create --email`: the only email they can set up. */
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface InvitationsTable {
  id: string;
  /** Null once accepted, revoked or erased: the account then holds the address. */
  email: string | null;
  organisation_id: string;
  roles: string;
  invited_by: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_user_id: string | null;
  revoked_at: string | null;
}

export interface OutboxTable {
  id: string;
  created_at: string;
  purpose: string;
  /** Null when the recipient is sealed (to_sealed) or erased. */
  to_address: string | null;
  /** An anonymous reporter's address, sealed like the case it belongs to (place "outbox:<id>:to_address"). */
  to_sealed: string | null;
  /** The recipient's account when there is one, so erasing it erases its mail. */
  user_id: string | null;
  subject: string;
  body: string;
  /** queued (no SMTP: read it in the outbox), sent, or failed. */
  status: string;
  sent_at: string | null;
  error: string | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface HistoryTable {
  audit_seq: number;
  entity: string;
  entity_key: string;
  framework_id: string;
  change: string;
  actor: string;
  at: string;
  before: string | null;
  after: string | null;
}

export interface CurationOverridesTable {
  entity: string;
  entity_key: string;
  framework_id: string;
  /** edited (the curated row stands) or deleted (the bundled row stays away). */
  state: string;
  updated_at: string;
}

// Governance (issue 8). JSON columns: payload, requested_rule, rule, electorate, result, paragraphs, targets,
// goals, deliverables, changes, value.
export interface MembershipsTable {
  id: string;
  organisation_id: string;
  criterion: string;
  framework_id: string | null;
  admitted_at: string;
  /** founding (registered by an administrator) or proposal (admitted by vote). */
  source: string;
  proposal_id: string | null;
  ended_at: string | null;
  end_note: string | null;
}

export interface ProposalsTable {
  id: string;
  kind: string;
  title: string;
  body: string;
  visibility: string;
  status: string;
  payload: string;
  requested_rule: string;
  proposed_by: string;
  proposed_for: string | null;
  created_at: string;
  opened_at: string | null;
  closes_at: string | null;
  closed_at: string | null;
  rule: string | null;
  electorate: string | null;
  result: string | null;
  reminder_sent_at: string | null;
}

export interface BallotsTable {
  /** The audit entry that recorded the ballot: its id, and its order of receipt. */
  audit_seq: number;
  proposal_id: string;
  organisation_id: string;
  user_id: string;
  choice: string;
  cast_at: string;
}

export interface ProposalCommentsTable {
  id: string;
  proposal_id: string;
  user_id: string;
  organisation_id: string | null;
  /** Empty once erased. */
  body: string;
  created_at: string;
  /** When the author's account deletion erased the text (the comment keeps its place in the discussion). */
  erased_at: string | null;
}

export interface StatementsTable {
  id: string;
  title: string;
  visibility: string;
  status: string;
  created_by: string;
  created_for: string | null;
  created_at: string;
  current_version: number;
  adopted_version: number | null;
  adopted_on: string | null;
  proposal_id: string | null;
  /** How the adoption is recorded when it predates this software (the statement of 14 November 2019). */
  record_note: string | null;
}

export interface StatementVersionsTable {
  statement_id: string;
  version: number;
  title: string;
  paragraphs: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

export interface StatementCommentsTable {
  id: string;
  statement_id: string;
  version: number;
  paragraph_id: string;
  user_id: string;
  organisation_id: string | null;
  /** Empty once erased. */
  body: string;
  created_at: string;
  erased_at: string | null;
}

export interface SpecialInterestGroupsTable {
  id: string;
  name: string;
  focus_area: string;
  description: string;
  working_method: string;
  targets: string;
  visibility: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SigParticipantsTable {
  sig_id: string;
  kind: string;
  participant_id: string;
  joined_at: string;
}

export interface SigReportsTable {
  id: string;
  sig_id: string;
  title: string;
  body: string;
  reported_on: string;
  created_by: string;
  created_at: string;
}

export interface ExpertAdvisorsTable {
  id: string;
  user_id: string;
  country: string;
  criterion: string;
  designated_by: string | null;
  proposal_id: string;
  admitted_at: string;
  ended_at: string | null;
}

export interface CharterTermsTable {
  id: string;
  starts_on: string;
  ends_on: string;
  goals: string;
  deliverables: string;
  /** initial (recorded by an administrator) or proposal (an adopted re-charter). */
  source: string;
  proposal_id: string | null;
  recorded_at: string;
}

export interface BaselineVersionsTable {
  version: string;
  recorded_at: string;
  /** proposal (adopted here) or bundle (shipped with the software; see docs/baseline-changes.md). */
  source: string;
  proposal_id: string | null;
  bundle_version: string | null;
  changes: string;
  note: string;
}

export interface GovernanceSettingsTable {
  key: string;
  value: string;
  updated_at: string;
  proposal_id: string | null;
}

/** Disclosure's tables are declared in schema-disclosure.ts. */
export interface Database extends DisclosureTables, ProductTables, LabelTables {
  frameworks: FrameworksTable;
  requirements: RequirementsTable;
  mappings: MappingsTable;
  meta: MetaTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  one_time_tokens: OneTimeTokensTable;
  invitations: InvitationsTable;
  outbox: OutboxTable;
  auth_throttle: AuthThrottleTable;
  audit_log: AuditLogTable;
  history: HistoryTable;
  curation_overrides: CurationOverridesTable;
  memberships: MembershipsTable;
  proposals: ProposalsTable;
  ballots: BallotsTable;
  proposal_comments: ProposalCommentsTable;
  statements: StatementsTable;
  statement_versions: StatementVersionsTable;
  statement_comments: StatementCommentsTable;
  special_interest_groups: SpecialInterestGroupsTable;
  sig_participants: SigParticipantsTable;
  sig_reports: SigReportsTable;
  expert_advisors: ExpertAdvisorsTable;
  charter_terms: CharterTermsTable;
  baseline_versions: BaselineVersionsTable;
  governance_settings: GovernanceSettingsTable;
}

export type { Generated };
