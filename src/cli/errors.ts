// Turns any failure into a message on stderr and a non-zero exit code. Known errors say what to do; unknown
// ones print their message without a stack unless IOTSPP_DEBUG is set.
import { DomainError } from '../domain/errors.js';
import { BundleError } from '../catalogs/load-bundle.js';
import { DatabaseUrlError } from '../db/database-url.js';
import { ConfigError } from '../config.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, notFound: 3, invalid: 4, unavailable: 5 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof DomainError) {
    if (error.code.endsWith('not_found')) return EXIT.notFound;
    if (error.code === 'validation_failed' || error.code === 'invalid_document' || error.code === 'bad_request') return EXIT.invalid;
    return EXIT.failure;
  }
  if (error instanceof DatabaseUrlError || error instanceof ConfigError) return EXIT.usage;
  return EXIT.failure;
}

export function reportError(error: unknown): void {
  const e = error as Error & { details?: { pointer: string; message: string; hint?: string }[] };
  let text = `iotspp: ${e?.message ?? String(error)}`;
  if (error instanceof DomainError || error instanceof BundleError) {
    for (const d of (e.details ?? []).slice(0, 10)) text += `\n  ${d.pointer || '/'}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
  }
  if ((e as NodeJS.ErrnoException)?.code === 'ECONNREFUSED') {
    text += '\n  The database refused the connection: check DATABASE_URL and that the server is running.';
  }
  if (process.env.IOTSPP_DEBUG && e?.stack) text += `\n${e.stack}`;
  process.stderr.write(`${text}\n`);
}
