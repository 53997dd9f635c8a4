// The product and assessment API as these pages use it. Types come from the server's schemas (types only).
// Requests go through the one client every section shares.
import type { Static } from 'typebox';
import type { ProductDetailSchema, ProductListSchema, ProductSchema, ReleaseSchema } from '../../../../src/http/routes/products/schema';
import type { AssessmentReportSchema, FrameworkAssessmentSchema, RequirementResultSchema } from '../../../../src/http/schemas/assessment';
import type { ComparisonSchema, OverviewSchema } from '../../../../src/http/routes/assessments/schema';
import type { CreatedShare, ShareSchema } from '../../../../src/http/routes/shares/schema';
import type { EvidenceFileSchema } from '../../../../src/http/routes/evidence/schema';
import { ApiError, apiUrl, getJson, type Query } from '../../api/client';
import { send } from '../../api/send';

export type Product = Static<typeof ProductSchema>;
export type ProductList = Static<typeof ProductListSchema>;
export type ProductDetail = Static<typeof ProductDetailSchema>;
export type Release = Static<typeof ReleaseSchema>;
export type Report = Static<typeof AssessmentReportSchema>;
export type FrameworkResult = Static<typeof FrameworkAssessmentSchema>;
export type RequirementResult = Static<typeof RequirementResultSchema>;
export type Comparison = Static<typeof ComparisonSchema>;
export type Overview = Static<typeof OverviewSchema>;
export type Share = Static<typeof ShareSchema>;
export type NewShare = Static<typeof CreatedShare>;
export type EvidenceFile = Static<typeof EvidenceFileSchema>;

export interface Answer {
  title?: string;
  status: string;
  reason?: string;
  evidence?: { type: string; text?: string; url?: string; sha256?: string; name?: string }[];
}

/** The declaration file of a release (iotspp-declaration/1). */
export interface DeclarationFile {
  baselineVersion?: string | null;
  facts?: Record<string, boolean | null>;
  answers: Record<string, Answer>;
  followUp?: Record<string, Record<string, Answer>>;
}

export { ApiError, apiUrl, getJson, send, type Query };

/** Uploads one evidence file (multipart) for a product. */
export function uploadEvidence(productId: string, file: File): Promise<EvidenceFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return send<EvidenceFile>('POST', `/api/products/${encodeURIComponent(productId)}/evidence`, body);
}

export const enc = encodeURIComponent;
