// The only way the first account comes to exist: a one-time setup token. The server issues one at start while
// no administrator exists (printed once to stdout as a link); `iotspp admin create --email` issues one bound to
// an email at any time (an operator with shell access can already do anything). Only the hash is stored; a new
// unbound token ends the previous unbound ones, so only the newest printed link works.
import { DomainError } from '../../domain/errors.js';
import { isPlausibleEmail, normaliseEmail } from '../../domain/accounts/email.js';
import { countActiveAdministrators, findUserByEmail } from '../../db/repositories/users.js';
import { expireOneTimeTokens, insertOneTimeToken } from '../../db/repositories/one-time-tokens.js';
import { appendAudit } from '../audit.js';
import type { AccountContext } from './account-context.js';
import { SETUP_TOKEN_TTL_MS } from './account-context.js';
import { hashSecret, newId, randomSecret } from './secrets.js';

export interface SetupLink {
  token: string;
  url: string;
  expiresAt: string;
  email: string | null;
}

export async function issueSetupToken(
  ctx: Pick<AccountContext, 'store' | 'clock' | 'publicUrl'>,
  options: { email?: string; by: 'system' | 'cli' },
): Promise<SetupLink | null> {
  const db = ctx.store.db;
  const email = options.email === undefined ? null : normaliseEmail(options.email);
  if (email !== null) {
    if (!isPlausibleEmail(email)) throw new DomainError('validation_failed', `"${options.email}" is not an email address.`);
    if (await findUserByEmail(db, email)) throw new DomainError('already_exists', 'An account with this email already exists.');
  } else if ((await countActiveAdministrators(db)) > 0) {
    return null;
  }
  const now = ctx.clock.now();
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_MS).toISOString();
  await db.transaction().execute(async (trx) => {
    if (email === null) await expireOneTimeTokens(trx, 'setup', now.toISOString(), { unboundOnly: true });
    const id = newId();
    await insertOneTimeToken(trx, { id, purpose: 'setup', tokenHash: hashSecret(token), userId: null, email, createdAt: now.toISOString(), expiresAt, usedAt: null });
    await appendAudit(trx, ctx, { actor: options.by, action: 'setup.token-issue', subject: `setup-token:${id}`, payload: { boundToEmail: email !== null, expiresAt } });
  });
  return { token, url: `${ctx.publicUrl}/setup#token=${token}`, expiresAt, email };
}
