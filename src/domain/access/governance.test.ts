// The governance policy as a table: each action, each kind of caller, allowed or not (before the commands
// check membership, electorate and participation, which no role can show).
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from './actor.js';
import { GOVERNANCE_ACTIONS, canGovernance, type GovernanceAction } from './governance.js';
import type { Role } from './roles.js';

const user = (roles: Role[], organisationId: string | null = 'org-1'): Actor => ({ kind: 'user', userId: 'u1', organisationId, roles, scopes: null, via: 'session', mustEnrolTotp: false });

const CALLERS: Record<string, Actor> = {
  anonymous: ANONYMOUS,
  'no role': user([]),
  'no organisation': user([], null),
  representative: user(['member-representative']),
  administrator: user(['administrator']),
  manufacturer: user(['manufacturer-editor']),
};

const TABLE: Record<GovernanceAction, string[]> = {
  'governance.read': ['anonymous', 'no role', 'no organisation', 'representative', 'administrator', 'manufacturer'],
  'governance.members.found': ['administrator'],
  'governance.members.withdraw': ['representative', 'administrator'],
  'governance.apply': ['no role', 'representative', 'administrator', 'manufacturer'],
  'governance.nominate': ['no role', 'representative', 'administrator', 'manufacturer'],
  'governance.propose': ['representative'],
  'governance.open': ['representative'],
  'governance.vote': ['no role', 'representative', 'administrator', 'manufacturer'],
  'governance.withdraw': ['no role', 'no organisation', 'representative', 'administrator', 'manufacturer'],
  'governance.comment': ['no role', 'no organisation', 'representative', 'administrator', 'manufacturer'],
  'governance.statements.write': ['representative'],
  'governance.sigs.write': ['no role', 'no organisation', 'representative', 'administrator', 'manufacturer'],
  'governance.charter.set': ['administrator'],
};

describe('governance policy', () => {
  it('allows each action to exactly the callers the table names', () => {
    const got = GOVERNANCE_ACTIONS.map((a) => `${a}: ${Object.keys(CALLERS).filter((c) => canGovernance(CALLERS[c]!, a)).join(', ')}`);
    expect(got).toEqual(GOVERNANCE_ACTIONS.map((a) => `${a}: ${TABLE[a].join(', ')}`));
  });

  it('lets a representative end only its own organisation’s membership, and withdraw only its own proposals', () => {
    const rep = CALLERS.representative!;
    expect(canGovernance(rep, 'governance.members.withdraw', { organisationId: 'org-1' })).toBe(true);
    expect(canGovernance(rep, 'governance.members.withdraw', { organisationId: 'org-2' })).toBe(false);
    expect(canGovernance(rep, 'governance.withdraw', { proposedBy: 'someone', proposedFor: 'org-1' })).toBe(true);
    expect(canGovernance(rep, 'governance.withdraw', { proposedBy: 'someone', proposedFor: 'org-2' })).toBe(false);
    expect(canGovernance(CALLERS['no role']!, 'governance.withdraw', { proposedBy: 'u1', proposedFor: null })).toBe(true);
    expect(canGovernance(CALLERS.administrator!, 'governance.withdraw', { proposedBy: 'someone', proposedFor: 'org-2' })).toBe(false);
  });
});
