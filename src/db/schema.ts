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

export interface Database {
  frameworks: FrameworksTable;
  requirements: RequirementsTable;
  mappings: MappingsTable;
  meta: MetaTable;
}

export type { Generated };
