// Kysely table types. JSON-valued columns are stored as text in both dialects (parsed in repositories), dates
// as ISO-8601 text, so SQLite and PostgreSQL hold the same bytes. Nullable columns are `T | null`.
import type { Generated } from 'kysely';

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
  to_address: string | null;
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

export interface Database {
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
}

export type { Generated };
