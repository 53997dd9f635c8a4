// A label as the issuer keeps it: the signed JWS as issued, who issued it, and what happened since. And the
// registry's view of a label: what the public list shows and filters on.
import type { LabelPayload } from './payload.js';
import type { LabelState, LabelStatus } from './status.js';
import type { AssessmentType, ProductCategory, Verdict } from './vocabulary.js';

export interface LabelRecord {
  id: string;
  jws: string;
  kid: string;
  /** The payload of the JWS (the issuer's own copy; verifiers read it from the JWS). */
  payload: LabelPayload;
  issuedBy: string;
  withdrawnBy: string | null;
  state: LabelState;
}

export interface ClaimListing {
  framework: string;
  frameworkName: string;
  frameworkVersion: string;
  verdict: Verdict;
  assessmentType: AssessmentType;
}

export interface LabelListing {
  id: string;
  manufacturer: { id: string; name: string };
  product: { id: string; name: string; model: string | null; category: ProductCategory | null };
  release: { id: string; version: string };
  supportEnd: string;
  issuedAt: string;
  expiresAt: string;
  status: LabelStatus;
  claims: ClaimListing[];
}

export interface LabelFilter {
  /** Words that must all appear in the manufacturer, product, model or release version. */
  q?: string;
  manufacturerId?: string;
  category?: ProductCategory;
  status?: readonly LabelStatus[];
  /** Labels claiming conformance (verdict conforms) to this framework. */
  framework?: string;
}
