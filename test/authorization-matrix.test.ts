// The authorization matrix: every write route of the real app, called as every role and as the anonymous
// public (with a valid session and CSRF token, TOTP enrolled where the role needs it), against a table of who
// may. A write route missing from the table fails the test, so no route ships without a decided policy.
// Bodies are empty on purpose: authorization runs before validation, so "allowed" shows as anything but
// unauthenticated/forbidden (often a 400 for the empty body), and "denied" as 401/403.
// Runs on SQLite only: it tests the policy layer, not storage (the storage suites run on both dialects).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/domain/access/roles.js';
import { ROLES } from '../src/domain/access/roles.js';
import { startSession, csrfTokenFor } from '../src/commands/accounts/start-session.js';
import { createTestApp, fixedClock, type TestApp } from './app.js';
import { createUser, setupAdministrator, type SignedIn } from './accounts.js';

type Who = Role | 'anonymous';
const ANYONE: Who[] = ['anonymous', ...ROLES];
const USERS: Who[] = [...ROLES];
const ADMIN: Who[] = ['administrator'];
const CURATORS: Who[] = ['administrator', 'curator'];
const INVITERS: Who[] = ['administrator', 'member-representative', 'manufacturer-editor'];
// Governance: member representatives act for members; the commands then check membership, electorate and
// participation and refuse with their own codes (not_a_representative, not_in_electorate...).
const REPRESENTATIVES: Who[] = ['member-representative'];
const LEAVERS: Who[] = ['administrator', 'member-representative'];
// Disclosure: a manufacturer's editors run its policy and PSIRT list; case routes are open to any signed-in user
// at this level and decided per case (PSIRT member, invited coordinator, reporter) once the case is loaded.
const MANUFACTURER_EDITORS: Who[] = ['administrator', 'manufacturer-editor'];
// Products: only the owning manufacturer's editors change products, declarations, evidence and share links
// (administrators run the Platform and do not edit manufacturers' declarations); ownership is checked once the
// product is loaded.
const MAKERS: Who[] = ['manufacturer-editor'];

/** Who may call each write route. Adding a write route to the app without adding it here fails the test. */
const MATRIX: Record<string, Who[]> = {
  'POST /api/session': ANYONE,
  'DELETE /api/session': USERS,
  'POST /api/setup': ANYONE,
  'PATCH /api/me': USERS,
  'DELETE /api/me': USERS,
  'POST /api/me/password': USERS,
  'DELETE /api/me/sessions': USERS,
  'POST /api/me/totp': USERS,
  'POST /api/me/totp/confirm': USERS,
  'POST /api/me/recovery-codes': USERS,
  'POST /api/me/tokens': USERS,
  'DELETE /api/me/tokens/:id': USERS,
  'POST /api/invitations': INVITERS,
  'DELETE /api/invitations/:id': INVITERS,
  'POST /api/invitations/lookup': ANYONE,
  'POST /api/invitations/accept': ANYONE,
  'POST /api/password-reset': ANYONE,
  'POST /api/password-reset/complete': ANYONE,
  'POST /api/organisations': ADMIN,
  'PATCH /api/organisations/:id': ADMIN,
  'PATCH /api/admin/users/:id': ADMIN,
  'DELETE /api/admin/users/:id/sessions': ADMIN,
  'DELETE /api/admin/users/:id/totp': ADMIN,
  'POST /api/frameworks': CURATORS,
  'PATCH /api/frameworks/:id': CURATORS,
  'DELETE /api/frameworks/:id': CURATORS,
  'POST /api/frameworks/:id/requirements': CURATORS,
  'PUT /api/frameworks/:id/requirements/:requirementId': CURATORS,
  'DELETE /api/frameworks/:id/requirements/:requirementId': CURATORS,
  'POST /api/mappings': CURATORS,
  'PATCH /api/mappings/:id': CURATORS,
  'DELETE /api/mappings/:id': CURATORS,
  'POST /api/import': CURATORS,
  'POST /api/governance/members': ADMIN,
  'POST /api/governance/members/:organisationId/withdrawal': LEAVERS,
  'POST /api/governance/applications': USERS,
  'POST /api/governance/nominations': USERS,
  'POST /api/governance/charter': ADMIN,
  'POST /api/governance/proposals': REPRESENTATIVES,
  'POST /api/governance/proposals/:id/open': REPRESENTATIVES,
  'POST /api/governance/proposals/:id/ballots': USERS,
  'POST /api/governance/proposals/:id/withdrawal': USERS,
  'POST /api/governance/proposals/:id/comments': USERS,
  'POST /api/governance/statements': REPRESENTATIVES,
  'POST /api/governance/statements/:id/versions': REPRESENTATIVES,
  'POST /api/governance/statements/:id/comments': USERS,
  'POST /api/governance/statements/:id/adoption': REPRESENTATIVES,
  'POST /api/governance/sigs': USERS,
  'PATCH /api/governance/sigs/:id': USERS,
  'POST /api/governance/sigs/:id/participants': USERS,
  'POST /api/governance/sigs/:id/reports': USERS,
  'PUT /api/disclosure/manufacturers/:id/policy': MANUFACTURER_EDITORS,
  'POST /api/disclosure/manufacturers/:id/psirt': MANUFACTURER_EDITORS,
  'DELETE /api/disclosure/manufacturers/:id/psirt/:userId': MANUFACTURER_EDITORS,
  'POST /api/disclosure/reports': ANYONE,
  'POST /api/disclosure/cvss': ANYONE,
  'POST /api/disclosure/follow/messages': ANYONE,
  'POST /api/disclosure/cases/:id/steps': USERS,
  'POST /api/disclosure/cases/:id/messages': USERS,
  'PUT /api/disclosure/cases/:id/publication-date': USERS,
  'POST /api/disclosure/cases/:id/coordinators': USERS,
  'POST /api/disclosure/cases/:id/join': USERS,
  'POST /api/disclosure/cases/:id/advisory': USERS,
  'POST /api/disclosure/cases/:id/advisory/revisions': USERS,
  // Labels: issued by the owning manufacturer's editors (ownership checked once the release is loaded), withdrawn
  // by administrators only.
  'POST /api/releases/:id/labels': MAKERS,
  'POST /api/labels/:id/withdrawal': ADMIN,
  'POST /api/products': MAKERS,
  'PATCH /api/products/:id': MAKERS,
  'POST /api/products/:id/releases': MAKERS,
  'PATCH /api/releases/:id': MAKERS,
  'PUT /api/releases/:id/declaration': MAKERS,
  'PATCH /api/releases/:id/declaration': MAKERS,
  'POST /api/products/:id/evidence': MAKERS,
  'POST /api/releases/:id/shares': MAKERS,
  'DELETE /api/releases/:id/shares/:shareId': MAKERS,
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('authorization matrix', () => {
  let t: TestApp;
  const clock = fixedClock();
  const users = new Map<Role, SignedIn>();

  beforeAll(async () => {
    t = await createTestApp('sqlite', { clock, bundle: false });
    const admin = await setupAdministrator(t, clock);
    users.set('administrator', admin);
    for (const role of ROLES.filter((r) => r !== 'administrator')) {
      users.set(role, await createUser(t, clock, admin, `${role}@example.org`, [role]));
    }
  }, 120_000);
  afterAll(async () => t.close());

  const writeRoutes = () =>
    [...new Set(t.app.accessTable.filter((r) => WRITE_METHODS.has(r.method)).map((r) => `${r.method} ${r.url}`))].sort();

  it('lists every write route of the app, and only those', () => {
    expect(writeRoutes()).toEqual(Object.keys(MATRIX).sort());
  });

  it('allows and denies every write route as the table says, for every role and the anonymous public', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of writeRoutes()) {
      const [method, pattern] = route.split(' ') as [string, string];
      const url = pattern.replace(/:[A-Za-z]+/g, 'no-such-id');
      for (const who of ANYONE) {
        const headers: Record<string, string> = {};
        const cookies: Record<string, string> = {};
        if (who !== 'anonymous') {
          // A fresh session per call: some routes (sign out, sign out everywhere) end the session they run in.
          const { token } = await startSession(t.store.db, users.get(who)!.userId, clock.now().toISOString(), null);
          cookies.iotspp_session = token;
          headers['x-csrf-token'] = csrfTokenFor(token);
        }
        const res = await t.app.inject({ method: method as 'POST', url, payload: {}, headers, cookies });
        const code = res.json()?.error?.code;
        const denied = code === 'unauthenticated' || code === 'forbidden' || code === 'csrf_failed';
        outcomes.push(`${route} as ${who}: ${denied ? 'deny' : 'allow'}`);
        expected.push(`${route} as ${who}: ${(MATRIX[route] ?? []).includes(who) ? 'allow' : 'deny'}`);
      }
    }
    expect(outcomes).toEqual(expected);
  }, 120_000);
});
