// Creates a session row for a user. The cookie gets a random 256-bit token; the row keeps only its SHA-256,
// so a copy of the database cannot be turned into working cookies.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { insertSession, type StoredSession } from '../../db/repositories/sessions.js';
import { hashSecret, newId, randomSecret } from './secrets.js';

export interface StartedSession {
  /** The cookie value: shown to the browser once, never stored. */
  token: string;
  session: StoredSession;
}

export async function startSession(trx: Kysely<Database>, userId: string, at: string, userAgent: string | null): Promise<StartedSession> {
  const token = randomSecret();
  const session: StoredSession = { id: newId(), tokenHash: hashSecret(token), userId, createdAt: at, lastSeenAt: at, userAgent: userAgent?.slice(0, 200) ?? null };
  await insertSession(trx, session);
  return { token, session };
}

/** The CSRF token of a session: derived from the cookie, so nothing more is stored and it dies with the session. */
export function csrfTokenFor(sessionToken: string): string {
  return hashSecret(`csrf:${sessionToken}`);
}
