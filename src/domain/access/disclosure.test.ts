import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from './actor.js';
import type { Role } from './roles.js';
import { can } from './policy.js';
import type { CaseResource, DisclosureAction } from './disclosure.js';

const user = (userId: string, roles: Role[] = [], organisationId: string | null = null): Actor => ({
  kind: 'user',
  userId,
  organisationId,
  roles,
  scopes: null,
  via: 'session',
  mustEnrolTotp: false,
});

const psirt = user('psirt', [], 'maker');
const coordinator = user('coordinator', [], 'cert');
const reporter = user('reporter', ['security-researcher']);
const editor = user('editor', ['manufacturer-editor'], 'maker');
const otherEditor = user('other-editor', ['manufacturer-editor'], 'other-maker');
const admin = user('admin', ['administrator'], 'secretariat');
const stranger = user('stranger', [], 'cert');

const theCase = (extra: Partial<CaseResource> = {}): CaseResource & { actorOrganisationType: string | null } => ({
  manufacturerId: 'maker',
  psirtUserIds: ['psirt'],
  coordinatorUserIds: ['coordinator'],
  reporterUserId: 'reporter',
  publicationDue: false,
  overdue: false,
  actorOrganisationType: 'csirt-psirt',
  ...extra,
});

// [action, actor, allowed with the case as it is]
const TABLE: [DisclosureAction, string, Actor, boolean][] = [
  ['disclosure.cases.read', 'psirt', psirt, true],
  ['disclosure.cases.read', 'coordinator', coordinator, true],
  ['disclosure.cases.read', 'reporter', reporter, true],
  ['disclosure.cases.read', 'manufacturer editor not on the PSIRT', editor, false],
  ['disclosure.cases.read', 'administrator', admin, false],
  ['disclosure.cases.read', 'CSIRT user not invited', stranger, false],
  ['disclosure.cases.read', 'anonymous', ANONYMOUS, false],
  ['disclosure.case.message', 'reporter', reporter, true],
  ['disclosure.case.message', 'administrator', admin, false],
  ['disclosure.case.manage', 'psirt', psirt, true],
  ['disclosure.case.manage', 'coordinator', coordinator, false],
  ['disclosure.case.manage', 'reporter', reporter, false],
  ['disclosure.case.deadline', 'psirt', psirt, true],
  ['disclosure.case.deadline', 'coordinator', coordinator, true],
  ['disclosure.case.deadline', 'reporter', reporter, false],
  ['disclosure.case.invite', 'coordinator', coordinator, true],
  ['disclosure.case.invite', 'reporter', reporter, false],
  ['disclosure.case.publish', 'psirt', psirt, true],
  ['disclosure.case.publish', 'coordinator before the publication date', coordinator, false],
  ['disclosure.case.publish', 'reporter', reporter, false],
  ['disclosure.case.join', 'CSIRT user, case not overdue', stranger, false],
];

describe('disclosure permissions', () => {
  it.each(TABLE)('%s by %s', (action, _who, actor, allowed) => {
    expect(can(actor, action, theCase())).toBe(allowed);
  });

  it('coordinators may publish once the publication date has passed', () => {
    expect(can(coordinator, 'disclosure.case.publish', theCase({ publicationDue: true }))).toBe(true);
  });

  it('a CSIRT user may join an overdue case; others may not, nor may participants join twice', () => {
    expect(can(stranger, 'disclosure.case.join', theCase({ overdue: true }))).toBe(true);
    expect(can(stranger, 'disclosure.case.join', { ...theCase({ overdue: true }), actorOrganisationType: 'manufacturer' })).toBe(false);
    expect(can(coordinator, 'disclosure.case.join', theCase({ overdue: true }))).toBe(false);
  });

  it('anyone files a report and follows a case with its link', () => {
    for (const actor of [ANONYMOUS, stranger, admin]) {
      expect(can(actor, 'disclosure.report')).toBe(true);
      expect(can(actor, 'disclosure.follow')).toBe(true);
    }
  });

  it('manufacturer editors manage their own policy only; administrators any', () => {
    expect(can(editor, 'disclosure.policy.manage', { organisationId: 'maker' })).toBe(true);
    expect(can(otherEditor, 'disclosure.policy.manage', { organisationId: 'maker' })).toBe(false);
    expect(can(psirt, 'disclosure.policy.manage', { organisationId: 'maker' })).toBe(false);
    expect(can(admin, 'disclosure.policy.manage', { organisationId: 'maker' })).toBe(true);
  });

  it('the overdue list is for CSIRT/PSIRT organisations and administrators', () => {
    expect(can(stranger, 'disclosure.overdue.read', { actorOrganisationType: 'csirt-psirt' })).toBe(true);
    expect(can(editor, 'disclosure.overdue.read', { actorOrganisationType: 'manufacturer' })).toBe(false);
    expect(can(admin, 'disclosure.overdue.read', { actorOrganisationType: 'international-organisation-or-ngo' })).toBe(true);
    expect(can(ANONYMOUS, 'disclosure.overdue.read')).toBe(false);
  });

  it('an API token without a disclosure scope cannot act on cases', () => {
    const scoped = { ...(psirt as Extract<Actor, { kind: 'user' }>), via: 'token' as const, scopes: ['registry.read'] };
    expect(can(scoped, 'disclosure.case.manage', theCase())).toBe(false);
    expect(can({ ...scoped, scopes: ['disclosure'] }, 'disclosure.case.manage', theCase())).toBe(true);
  });
});
