// Kysely table types of the product registry and its assessments (issue 6): products and releases owned by a
// manufacturer organisation, one current declaration per release, evidence files stored content-addressed,
// the recorded assessment of each release, and share links. Dates are ISO-8601 text, JSON values text.

export interface ProductsTable {
  id: string;
  /** The manufacturer organisation that owns the product. */
  organisation_id: string;
  name: string;
  model: string | null;
  category: string;
  created_at: string;
  updated_at: string;
}

export interface ReleasesTable {
  id: string;
  product_id: string;
  version: string;
  release_date: string | null;
  support_end: string | null;
  update_mechanism: string | null;
  disclosure_contact: string | null;
  passwords: string | null;
  /** JSON array of interfaces, or null when not stated. */
  interfaces: string | null;
  /** JSON array of data practices, or null when not stated. */
  data_practices: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeclarationsTable {
  release_id: string;
  /** Bumped by every change, so a recorded assessment knows which declaration it derived from. */
  revision: number;
  baseline_version: string | null;
  /** JSON: product facts (null = not stated). */
  facts: string;
  /** JSON: baseline item id -> answer. */
  answers: string;
  /** JSON: framework id -> requirement id -> answer. */
  follow_up: string;
  updated_at: string;
  updated_by: string;
}

export interface EvidenceBlobsTable {
  /** SHA-256 of the bytes, lower-case hex: the content's address. */
  sha256: string;
  size: number;
  /** The bytes, base64 (text in both dialects, like every other column). */
  content: string;
}

export interface EvidenceFilesTable {
  product_id: string;
  sha256: string;
  /** The uploaded file name, cleaned; shown and used in Content-Disposition, never as a path. */
  name: string;
  /** Decided from the bytes, not from what the uploader claimed. */
  media_type: string;
  size: number;
  uploaded_at: string;
  uploaded_by: string;
}

export interface AssessmentsTable {
  release_id: string;
  declaration_revision: number;
  /** The registry data version and bundle version the derivation used. */
  data_version: number;
  bundle_version: string | null;
  baseline_version: string;
  computed_at: string;
}

export interface AssessmentVerdictsTable {
  release_id: string;
  framework_id: string;
  framework_version: string;
  verdict: string;
  deciding_applicable: number;
  deciding_met: number;
  deciding_failing: number;
  deciding_open: number;
}

export interface ShareLinksTable {
  id: string;
  release_id: string;
  /** SHA-256 of the link's random token; the token itself is shown once and never stored. */
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ProductTables {
  products: ProductsTable;
  releases: ReleasesTable;
  declarations: DeclarationsTable;
  evidence_blobs: EvidenceBlobsTable;
  evidence_files: EvidenceFilesTable;
  assessments: AssessmentsTable;
  assessment_verdicts: AssessmentVerdictsTable;
  share_links: ShareLinksTable;
}
