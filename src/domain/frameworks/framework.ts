// A framework is one published version of a set of IoT security requirements. Each enumeration below is the
// single source for its values: types, JSON schemas and UI filters are all derived from these arrays.

export const FRAMEWORK_STATUSES = ['in-force', 'draft', 'superseded'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

export const FRAMEWORK_SCOPES = ['consumer', 'industrial', 'general'] as const;
export type FrameworkScope = (typeof FRAMEWORK_SCOPES)[number];

export const FRAMEWORK_LAYERS = ['device', 'network', 'cloud', 'organisation'] as const;
export type FrameworkLayer = (typeof FRAMEWORK_LAYERS)[number];

/** What kind of document a framework is; drives wording in the UI, not the crosswalk. */
export const FRAMEWORK_KINDS = [
  'baseline',
  'principles',
  'standard',
  'law',
  'guidance',
  'label-scheme',
  'survey',
  'verification-standard',
] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

/** Seed 000's membership criteria ask whether a framework exists or is being developed, and how. */
export const DEVELOPMENT_STAGES = ['developed', 'in-development'] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

/** The id of the Platform's own harmonised catalog: the hub of the crosswalk. */
export const BASELINE_FRAMEWORK_ID = 'platform-baseline';

export interface Licence {
  /** Short name, e.g. "Open Government Licence v3.0", "ETSI copyright", "CC BY-SA 4.0". */
  name: string;
  url: string | null;
  /** What we may store: e.g. "IDs, titles and levels; summaries are ours". */
  note: string | null;
}

export interface FrameworkCondition {
  /** The condition's id within its framework ("1".."13" for ETSI EN 303 645). */
  id: string;
  /** The condition in our own words ("passwords are used"). */
  text: string;
  /** The product fact that decides it (see src/domain/assessments/product-facts.ts), when one does. */
  fact: string | null;
  /** True when the condition holds if the fact is false ("software components are NOT updateable"). */
  negated: boolean;
}

export interface Framework {
  /** Slug id, stable across versions of the data: "etsi-en-303-645". */
  id: string;
  title: string;
  shortName: string;
  /** The version this catalog really holds (not necessarily the latest published). */
  version: string;
  kind: FrameworkKind;
  /** Who publishes it (agency, standards body, alliance). */
  issuer: string;
  /** The jurisdiction or organisation behind it, in plain words ("United Kingdom", "European Union", "OWASP"). */
  organisation: string;
  /** ISO 3166-1 alpha-2 codes, or "EU", or "INT" for international bodies. */
  jurisdictions: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows. */
  publicationDate: string | null;
  status: FrameworkStatus;
  scope: FrameworkScope;
  layers: FrameworkLayer[];
  sourceUrl: string;
  /** Our own summary of what the framework is for. */
  summary: string;
  development: { stage: DevelopmentStage; multistakeholder: boolean | null; note: string | null };
  licence: Licence;
  conditions: FrameworkCondition[];
  /** Caveats a reader must see: unverified entries, version gaps, known data-quality issues. */
  notes: string[];
}
