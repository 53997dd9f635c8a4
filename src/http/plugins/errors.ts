// One error handler for the whole API: DomainErrors keep their stable code and status; Fastify's own errors
// (validation, body too large, bad content type, rate limit) get stable codes too; anything else is a generic
// 500 that never echoes its message (it is logged with the request id instead).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, RetryLaterError, ERROR_CODES, type ErrorCode, type ErrorDetail } from '../../domain/errors.js';

export interface ErrorBody {
  error: { code: ErrorCode | 'internal_error'; message: string; details: ErrorDetail[]; requestId: string };
}

function send(reply: FastifyReply, req: FastifyRequest, status: number, code: ErrorBody['error']['code'], message: string, details: ErrorDetail[] = []) {
  const body: ErrorBody = { error: { code, message, details, requestId: String(req.id) } };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

function validationDetails(error: FastifyError): ErrorDetail[] {
  const context = (error as FastifyError & { validationContext?: string }).validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const params = v.params as Record<string, unknown>;
    const extra = params.missingProperty ?? params.additionalProperty;
    const where = `${context}${v.instancePath || ''}${extra ? `/${String(extra)}` : ''}`;
    return { pointer: where, message: v.message ?? 'is invalid' };
  });
}

const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is larger than the server accepts.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'This content type is not accepted here.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'The body is not valid JSON.' },
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof RetryLaterError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof DomainError) {
      return send(reply, req, ERROR_CODES[error.code], error.code, error.message, error.details);
    }
    if (error.validation) {
      const details = validationDetails(error);
      const first = details[0];
      return send(reply, req, 400, 'validation_failed', first ? `${first.pointer} ${first.message}` : 'The request is invalid.', details);
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return send(reply, req, ERROR_CODES[known.code], known.code, known.message);
    if (error.statusCode === 429) return send(reply, req, 429, 'rate_limited', 'Too many requests; wait and try again.');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, req, error.statusCode, 'bad_request', 'The request could not be processed.');
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, req, 500, 'internal_error', 'Something went wrong on our side. Quote the request id if you report it.');
  });

  app.setNotFoundHandler((req, reply) =>
    send(reply, req, 404, 'not_found', `No route for ${req.method} ${req.url.split('?')[0]}.`),
  );
}
