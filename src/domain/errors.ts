// Errors with stable codes. Each code maps to one HTTP status in src/http/plugins/errors.ts and to a CLI exit
// code; the message is safe to show to the caller and says what to do.

export const ERROR_CODES = {
  bad_request: 400,
  validation_failed: 400,
  invalid_document: 422,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  framework_not_found: 404,
  requirement_not_found: 404,
  mapping_not_found: 404,
  user_not_found: 404,
  organisation_not_found: 404,
  invitation_not_found: 404,
  token_not_found: 404,
  invalid_token: 400,
  password_rejected: 422,
  last_administrator: 409,
  conflict: 409,
  already_exists: 409,
  // Governance (issue 8): proposals, votes, statements, special interest groups, the protected baseline.
  proposal_not_found: 404,
  statement_not_found: 404,
  sig_not_found: 404,
  vote_not_open: 409,
  vote_closed: 409,
  duplicate_vote: 409,
  not_in_electorate: 403,
  not_a_representative: 403,
  not_eligible: 422,
  advisor_limit: 409,
  baseline_requires_proposal: 409,
  // Coordinated vulnerability disclosure (issue 9).
  case_not_found: 404,
  advisory_not_found: 404,
  attachment_not_found: 404,
  product_not_registered: 404,
  step_not_allowed: 409,
  // Products, declarations and assessments (issue 6).
  product_not_found: 404,
  release_not_found: 404,
  evidence_not_found: 404,
  share_link_not_found: 404,
  // Labels (issue 7).
  label_not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetail {
  /** JSON pointer or parameter name the detail is about. */
  pointer: string;
  message: string;
  /** How to fix it, when there is something specific to say. */
  hint?: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A refusal that says when to try again (sent as Retry-After); used by throttles and lockouts. */
export class RetryLaterError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many attempts; try again in ${retryAfterSeconds} s.`,
  ) {
    super('rate_limited', message, [{ pointer: 'retryAfter', message: String(retryAfterSeconds) }]);
  }
}

export function notFound(code: ErrorCode & `${string}not_found`, message: string): DomainError {
  return new DomainError(code, message);
}
