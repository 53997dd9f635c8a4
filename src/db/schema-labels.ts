// Kysely table types of labels (issue 7): the signed label as issued, the copies of its payload the public
// registry searches and filters on, and its later state (withdrawal, supersession).

export interface LabelsTable {
  id: string;
  release_id: string;
  product_id: string;
  manufacturer_id: string;
  manufacturer_name: string;
  product_name: string;
  product_model: string | null;
  category: string | null;
  release_version: string;
  /** The last supported day (YYYY-MM-DD), and the instant support ends (the next midnight, UTC). */
  support_end: string;
  support_ends_at: string;
  issued_at: string;
  expires_at: string;
  /** The key that signed it (JWS header kid). */
  kid: string;
  /** The compact JWS exactly as issued. */
  jws: string;
  issued_by: string;
  withdrawn_at: string | null;
  withdrawal_reason: string | null;
  withdrawal_note: string | null;
  withdrawn_by: string | null;
  superseded_by: string | null;
  superseded_at: string | null;
  /** Lower-cased manufacturer, product, model and version, so search is the same LIKE in both dialects. */
  search_text: string;
}

export interface LabelClaimsTable {
  label_id: string;
  framework_id: string;
  framework_name: string;
  framework_version: string;
  verdict: string;
  assessment_type: string;
  assessed_at: string;
  /** The claim's place in the payload. */
  position: number;
}

export interface LabelTables {
  labels: LabelsTable;
  label_claims: LabelClaimsTable;
}
