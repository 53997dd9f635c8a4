import type { Role } from './roles.js';

/** Who is asking: resolved once per request (session cookie or API token) and passed to every policy. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      organisationId: string | null;
      roles: Role[];
      /** API tokens carry scopes that narrow what the user could otherwise do; sessions carry none (null). */
      scopes: string[] | null;
      /** How the request proved who it is: a browser session cookie or an API token. */
      via: 'session' | 'token';
      /** True while a user whose roles require two factors has not enrolled TOTP yet. */
      mustEnrolTotp: boolean;
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'user' && actor.roles.some((r) => roles.includes(r));
}
