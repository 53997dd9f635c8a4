// The product and assessment API as these pages use it. Types come from the server's schemas (types only).
// Writes carry the session's CSRF token.
import type { Static } from 'typebox';
import type { ProductDetailSchema, ProductListSchema, ProductSchema, ReleaseSchema } from '../../../../src/http/routes/products/schema';
import type { AssessmentReportSchema, FrameworkAssessmentSchema, RequirementResultSchema } from '../../../../src/http/schemas/assessment';
import type { ComparisonSchema, OverviewSchema } from '../../../../src/http/routes/assessments/schema';
import type { CreatedShare, ShareSchema } from '../../../../src/http/routes/shares/schema';
import type { EvidenceFileSchema } from '../../../../src/http/routes/evidence/schema';
import { ApiError, apiUrl, getJson, type Query } from '../../api/client';
import { csrfToken } from '../../session/session';

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

export { ApiError, apiUrl, getJson, type Query };

export class ValidationError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly details: { pointer: string; message: string; hint?: string }[],
  ) {
    super(status, code, message);
  }
}

export async function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const token = await csrfToken();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { 'x-csrf-token': token } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: ValidationError['details'] } } | null;
    throw new ValidationError(response.status, error?.error?.code ?? 'http_error', error?.error?.message ?? response.statusText, error?.error?.details ?? []);
  }
  return (await response.json()) as T;
}

/** Uploads one evidence file (multipart) for a product. */
export async function uploadEvidence(productId: string, file: File): Promise<EvidenceFile> {
  const token = await csrfToken();
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch(`/api/products/${encodeURIComponent(productId)}/evidence`, { method: 'POST', body, headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) } });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: ValidationError['details'] } } | null;
    throw new ValidationError(response.status, error?.error?.code ?? 'http_error', error?.error?.message ?? response.statusText, error?.error?.details ?? []);
  }
  return (await response.json()) as EvidenceFile;
}

export const enc = encodeURIComponent;
