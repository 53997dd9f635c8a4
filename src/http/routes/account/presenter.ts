// What the API shows of users, sessions and tokens: explicit fields only, never hashes or secrets.
import type { StoredUser } from '../../../db/repositories/users.js';
import type { StoredSession } from '../../../db/repositories/sessions.js';
import type { StoredApiToken } from '../../../db/repositories/api-tokens.js';

export function presentUser(u: StoredUser) {
  return {
    id: u.id,
    email: u.email ?? '',
    displayName: u.displayName ?? '',
    organisationId: u.organisationId,
    roles: u.roles,
    status: u.status,
    twoFactor: u.totpSecret !== null ? ('totp' as const) : ('none' as const),
    createdAt: u.createdAt,
  };
}

export function presentSession(s: StoredSession, currentId: string | null) {
  return { id: s.id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, userAgent: s.userAgent, current: s.id === currentId };
}

export function presentApiToken(t: StoredApiToken) {
  return { id: t.id, name: t.name, prefix: t.prefix, scopes: t.scopes, createdAt: t.createdAt, expiresAt: t.expiresAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt };
}
