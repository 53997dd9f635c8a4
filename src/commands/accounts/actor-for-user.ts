// Builds the policy layer's Actor from a stored user, for a session or an API token.
import type { Actor } from '../../domain/access/actor.js';
import { requiresTotp } from '../../domain/access/roles.js';
import type { StoredUser } from '../../db/repositories/users.js';

export function actorForUser(user: StoredUser, via: 'session' | 'token', scopes: string[] | null): Actor {
  return {
    kind: 'user',
    userId: user.id,
    organisationId: user.organisationId,
    roles: user.roles,
    scopes,
    via,
    mustEnrolTotp: requiresTotp(user.roles) && user.totpSecret === null,
  };
}
