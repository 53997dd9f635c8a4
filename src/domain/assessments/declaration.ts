// A declaration: a manufacturer's answers to the baseline items for one release, with evidence, the release's
// profile and the product facts, and the follow-up answers for requirements the baseline cannot settle. The
// file format (src/schemas/declaration.ts, schemas/declaration.schema.json) has exactly this shape.
import type { ProductFact } from './product-facts.js';
import type { ProductCategory, ReleaseProfile } from './product-profile.js';
import type { AnswerStatus } from './status.js';

export const DECLARATION_FORMAT = 'iotspp-declaration/1';

export const EVIDENCE_TYPES = ['text', 'url', 'file'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** Text, a link, or an uploaded file named by the SHA-256 of its bytes (files are stored content-addressed). */
export interface Evidence {
  type: EvidenceType;
  text?: string;
  url?: string;
  sha256?: string;
  name?: string;
  mediaType?: string;
  size?: number;
}

export interface Answer {
  /** The item's title, written by the template for the reader's convenience; ignored. */
  title?: string;
  status: AnswerStatus;
  /** Why: required for not-applicable, welcome for anything short of met. */
  reason?: string;
  evidence?: Evidence[];
}

export interface DeclaredProduct {
  name: string;
  model?: string | null;
  manufacturer?: string | null;
  category?: ProductCategory | null;
}

export type DeclaredRelease = { version?: string | null; date?: string | null } & { [K in keyof ReleaseProfile]?: ReleaseProfile[K] };

export interface Declaration {
  $schema?: string;
  format: typeof DECLARATION_FORMAT;
  /** The baseline version the answers were written against (the template fills it in). */
  baselineVersion?: string | null;
  product: DeclaredProduct;
  release?: DeclaredRelease;
  /** Facts the profile does not decide; null = not stated. */
  facts?: Partial<Record<ProductFact, boolean | null>>;
  /** Baseline item id -> answer. */
  answers: Record<string, Answer>;
  /** Framework id -> requirement id -> answer, for requirements the baseline answers cannot settle. */
  followUp?: Record<string, Record<string, Answer>>;
}
