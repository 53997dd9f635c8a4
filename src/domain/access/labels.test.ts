import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { ROLES, type Role } from './roles.js';
import { can } from './policy.js';

const user = (roles: Role[], organisationId: string | null = 'maker'): Actor => ({ kind: 'user', userId: 'u', organisationId, roles, scopes: null, via: 'session', mustEnrolTotp: false });

describe('label policy', () => {
  it('lets only the manufacturer\'s own editors issue a label for its release', () => {
    const own = { organisationId: 'maker' };
    const other = { organisationId: 'someone-else' };
    const table = ROLES.map((r) => [r, can(user([r]), 'labels.issue', own), can(user([r]), 'labels.issue', other)]);
    expect(table).toEqual(ROLES.map((r) => [r, r === 'manufacturer-editor', false]));
    expect(can(user(['manufacturer-editor'], null), 'labels.issue', own)).toBe(false);
    expect(can({ kind: 'anonymous' }, 'labels.issue', own)).toBe(false);
  });

  it('lets only administrators withdraw a label', () => {
    expect(ROLES.filter((r) => can(user([r]), 'labels.withdraw'))).toEqual(['administrator']);
    expect(can({ kind: 'anonymous' }, 'labels.withdraw')).toBe(false);
  });

  it('narrows to what an API token\'s scopes name', () => {
    const token = (scopes: string[]): Actor => ({ ...(user(['manufacturer-editor']) as Extract<Actor, { kind: 'user' }>), via: 'token', scopes });
    expect(can(token(['labels']), 'labels.issue', { organisationId: 'maker' })).toBe(true);
    expect(can(token(['products.read']), 'labels.issue', { organisationId: 'maker' })).toBe(false);
  });
});
