import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from './actor.js';
import { can } from './policy.js';
import type { Role } from './roles.js';

const user = (roles: Role[], extra: Partial<Extract<Actor, { kind: 'user' }>> = {}): Actor => ({
  kind: 'user',
  userId: 'u1',
  organisationId: 'org-a',
  roles,
  scopes: null,
  via: 'session',
  mustEnrolTotp: false,
  ...extra,
});

describe('can(actor, action, resource)', () => {
  it('lets everyone read and no one anonymous write', () => {
    expect(can(ANONYMOUS, 'registry.read')).toBe(true);
    expect(can(ANONYMOUS, 'registry.write')).toBe(false);
    expect(can(ANONYMOUS, 'account.read')).toBe(false);
    expect(can(ANONYMOUS, 'session.create')).toBe(true);
  });

  it('gives curation to curators and administrators only', () => {
    expect(can(user(['curator']), 'registry.write')).toBe(true);
    expect(can(user(['administrator']), 'registry.write')).toBe(true);
    for (const r of ['member-representative', 'expert-advisor', 'manufacturer-editor', 'security-researcher'] as Role[]) {
      expect(can(user([r]), 'registry.write')).toBe(false);
    }
  });

  it('allows nothing but enrolment, reading the account and signing out until TOTP is enrolled', () => {
    const pending = user(['administrator'], { mustEnrolTotp: true });
    expect(can(pending, 'account.totp')).toBe(true);
    expect(can(pending, 'session.delete')).toBe(true);
    expect(can(pending, 'registry.read')).toBe(true);
    expect(can(pending, 'users.manage')).toBe(false);
    expect(can(pending, 'registry.write')).toBe(false);
    expect(can(pending, 'account.credentials')).toBe(false);
  });

  it('narrows tokens to their scopes and keeps credentials to browser sessions', () => {
    const token = user(['curator'], { via: 'token', scopes: ['registry'] });
    expect(can(token, 'registry.write')).toBe(true);
    expect(can(token, 'account.read')).toBe(false);
    expect(can(user(['curator'], { via: 'token', scopes: ['account'] }), 'account.credentials')).toBe(false);
    expect(can(user(['security-researcher'], { via: 'token', scopes: ['registry.write'] }), 'registry.write')).toBe(false);
  });

  it('lets member representatives invite into their own organisation with at most their own roles', () => {
    const rep = user(['member-representative']);
    expect(can(rep, 'invitations.manage', { organisationId: 'org-a', roles: ['member-representative'] })).toBe(true);
    expect(can(rep, 'invitations.manage', { organisationId: 'org-b', roles: [] })).toBe(false);
    expect(can(rep, 'invitations.manage', { organisationId: 'org-a', roles: ['manufacturer-editor'] })).toBe(false);
    expect(can(user(['member-representative', 'curator']), 'invitations.manage', { organisationId: 'org-a', roles: ['curator'] })).toBe(false);
    expect(can(user(['administrator']), 'invitations.manage', { organisationId: 'org-b', roles: ['curator'] })).toBe(true);
    expect(can(user(['expert-advisor']), 'invitations.manage')).toBe(false);
  });
});
