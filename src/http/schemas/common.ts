// Schemas shared by many routes: pagination, errors, and the enumerations of the domain.
import { Type, type TSchema } from 'typebox';
import { ERROR_CODES } from '../../domain/errors.js';
import { enumOf } from '../../schemas/enum.js';

export const MAX_PAGE_SIZE = 200;

export const PaginationQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50, description: `page size, at most ${MAX_PAGE_SIZE}` }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
};

export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });
}

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.Union([enumOf(Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]), Type.Literal('internal_error')]),
      message: Type.String(),
      details: Type.Array(Type.Object({ pointer: Type.String(), message: Type.String(), hint: Type.Optional(Type.String()) })),
      requestId: Type.String(),
    }),
  },
);

/** The error responses a read route can give, for its schema's response map. */
export const readErrors = { 400: ErrorResponse, 404: ErrorResponse };

/** The error responses a write route can give. */
export const writeErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
  429: ErrorResponse,
};

/** Stricter per-address limits for routes that guess at secrets (sign-in, one-time links, tokens). */
export const sensitiveRateLimit = { max: 30, timeWindow: '1 minute' };
