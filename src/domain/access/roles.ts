// Roles a user can hold. Anonymous visitors hold none and are represented by the anonymous actor.
export const ROLES = [
  'administrator',
  'curator',
  'member-representative',
  'expert-advisor',
  'manufacturer-editor',
  'security-researcher',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles whose holders can change what the Platform publishes or decides: they must use two factors (TOTP).
 * Until such a user has enrolled, their only permitted actions are enrolling and signing out.
 */
export const TOTP_REQUIRED_ROLES = ['administrator', 'curator', 'member-representative'] as const satisfies readonly Role[];

/** Roles that act for the whole Platform rather than for one organisation: only administrators grant them. */
export const PLATFORM_ROLES = ['administrator', 'curator'] as const satisfies readonly Role[];

export function requiresTotp(roles: readonly Role[]): boolean {
  return roles.some((r) => (TOTP_REQUIRED_ROLES as readonly Role[]).includes(r));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
