import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from './actor.js';
import { can } from './policy.js';
import { ROLES, type Role } from './roles.js';

const user = (roles: Role[], organisationId: string | null = 'maker'): Actor => ({ kind: 'user', userId: 'u', organisationId, roles, scopes: null, via: 'session', mustEnrolTotp: false });
const own = { organisationId: 'maker' };
const other = { organisationId: 'rival' };

describe('product access', () => {
  it('lets the manufacturer\'s own people read its products, and nobody else (administrators included)', () => {
    for (const role of ROLES) {
      expect(can(user([role]), 'products.read', own)).toBe(true);
      expect(can(user([role]), 'products.read', other)).toBe(false);
    }
    expect(can(user([], null), 'products.read')).toBe(false);
    expect(can(ANONYMOUS, 'products.read')).toBe(false);
  });

  it('lets only the manufacturer\'s editors change and share its products', () => {
    for (const action of ['products.write', 'assessments.share'] as const) {
      for (const role of ROLES) expect(can(user([role]), action, own)).toBe(role === 'manufacturer-editor');
      expect(can(user(['manufacturer-editor']), action, other)).toBe(false);
      expect(can(user(['manufacturer-editor'], null), action)).toBe(false);
      expect(can(ANONYMOUS, action)).toBe(false);
    }
  });

  it('opens the regulator view to administrators and to people of member organisations', () => {
    expect(can(user(['administrator'], null), 'assessments.overview', { viewerIsMember: false })).toBe(true);
    expect(can(user([]), 'assessments.overview', { viewerIsMember: true })).toBe(true);
    expect(can(user(['manufacturer-editor']), 'assessments.overview', { viewerIsMember: false })).toBe(false);
    expect(can(ANONYMOUS, 'assessments.overview')).toBe(false);
  });

  it('lets an API token do only what its scopes name', () => {
    const token = (scopes: string[]): Actor => ({ ...user(['manufacturer-editor']), via: 'token', scopes } as Actor);
    expect(can(token(['products']), 'products.write', own)).toBe(true);
    expect(can(token(['products.read']), 'products.write', own)).toBe(false);
  });
});
