// Kysely table types of coordinated vulnerability disclosure (migration 2026-11-28-01-disclosure). Columns named
// *_sealed hold AES-256-GCM sealed text (src/crypto/sealed-box.ts); JSON-valued columns are text; booleans are
// 0 or 1 so both dialects store the same values.

export interface DisclosurePoliciesTable {
  organisation_id: string;
  contact_email: string | null;
  contact_url: string | null;
  /** JSON array of language tags. */
  languages: string;
  acknowledgement_days: number;
  assessment_days: number;
  safe_harbour: string;
  encryption_url: string | null;
  website: string | null;
  list_csaf: number;
  updated_at: string;
}

export interface DisclosurePsirtMembersTable {
  organisation_id: string;
  user_id: string;
  added_by: string;
  added_at: string;
}

export interface DisclosureCasesTable {
  id: string;
  tracking_id: string;
  token_hash: string;
  manufacturer_id: string;
  product_id: string;
  product_name: string;
  reporter_user_id: string | null;
  state: string;
  received_at: string;
  acknowledgement_due_at: string;
  publication_due_at: string;
  /** JSON array of CvssScore. */
  scores: string;
  max_score_tenths: number | null;
  cve: string | null;
  duplicate_of: string | null;
  /** JSON arrays of release ids. */
  affected_release_ids: string;
  fixed_release_ids: string;
  advisory_id: string | null;
  content_sealed: string;
  updated_at: string;
}

export interface DisclosureCaseEventsTable {
  id: string;
  case_id: string;
  seq: number;
  at: string;
  author_role: string;
  author_user_id: string | null;
  kind: string;
  visibility: string;
  body_sealed: string;
}

export interface DisclosureAttachmentsTable {
  id: string;
  case_id: string;
  event_id: string;
  name_sealed: string;
  media_type: string;
  size: number;
  content_sealed: string;
  created_at: string;
}

export interface DisclosureCaseCoordinatorsTable {
  case_id: string;
  user_id: string;
  added_by: string;
  added_at: string;
}

export interface DisclosureNoticesTable {
  case_id: string;
  key: string;
  kind: string;
  at: string;
  sent: number;
}

export interface DisclosureAdvisoriesTable {
  id: string;
  case_id: string;
  year: number;
  sequence: number;
  manufacturer_id: string;
  product_id: string;
  title: string;
  cve: string | null;
  max_score_tenths: number;
  severity: string;
  affected_release_ids: string;
  fixed_release_ids: string;
  version: number;
  initial_release_date: string;
  current_release_date: string;
  /** The current CSAF document, as served. */
  document: string;
}

export interface DisclosureAdvisoryRevisionsTable {
  advisory_id: string;
  version: number;
  at: string;
  summary: string;
  document: string;
}

export interface DisclosureTables {
  disclosure_policies: DisclosurePoliciesTable;
  disclosure_psirt_members: DisclosurePsirtMembersTable;
  disclosure_cases: DisclosureCasesTable;
  disclosure_case_events: DisclosureCaseEventsTable;
  disclosure_attachments: DisclosureAttachmentsTable;
  disclosure_case_coordinators: DisclosureCaseCoordinatorsTable;
  disclosure_notices: DisclosureNoticesTable;
  disclosure_advisories: DisclosureAdvisoriesTable;
  disclosure_advisory_revisions: DisclosureAdvisoryRevisionsTable;
}
