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
