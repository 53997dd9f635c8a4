// Governance helpers for HTTP tests: a Platform with an administrator, member organisations (government
// agencies and an NGO) each with a member representative, founding members registered, and outsiders (a
// manufacturer, an applicant government agency), all through the real API.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createUser, request, setupAdministrator, type SignedIn } from './accounts.js';
import type { TestApp } from './app.js';
import { csrfTokenFor, startSession } from '../src/commands/accounts/start-session.js';

type Clock = { now(): Date; advance(ms: number): void; set(iso: string): void };

export interface OrgSpec {
  key: string;
  name: string;
  type: 'government-agency' | 'international-organisation-or-ngo' | 'manufacturer' | 'trade-association';
  country: string;
}

export interface Party {
  organisationId: string;
  rep: SignedIn;
}

export interface Platform {
  admin: SignedIn;
  parties: Record<string, Party>;
}

/** Fails the test with the response body when the status is not the expected one. */
export function ok(res: LightMyRequestResponse, status = 200): LightMyRequestResponse {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res;
}

export async function createOrganisation(t: TestApp, admin: SignedIn, spec: Omit<OrgSpec, 'key'>): Promise<string> {
  return ok(await request(t.app, admin, 'POST', '/api/organisations', { name: spec.name, type: spec.type, country: spec.country }), 201).json().id;
}

/**
 * Organisations with one user each: member-representative for government agencies and NGOs, manufacturer-editor
 * for manufacturers, no role for trade associations; `founding` lists the keys registered as founding members.
 */
export async function setupPlatform(t: TestApp, clock: Clock, specs: OrgSpec[], founding: string[]): Promise<Platform> {
  const admin = await setupAdministrator(t, clock);
  const parties: Record<string, Party> = {};
  for (const spec of specs) {
    const organisationId = await createOrganisation(t, admin, spec);
    const roles = spec.type === 'manufacturer' ? (['manufacturer-editor'] as const) : spec.type === 'trade-association' ? ([] as const) : (['member-representative'] as const);
    const rep = await createUser(t, clock, admin, `${spec.key}@example.org`, [...roles], { organisationId });
    parties[spec.key] = { organisationId, rep };
  }
  for (const key of founding) {
    ok(await request(t.app, admin, 'POST', '/api/governance/members', { organisationId: parties[key]!.organisationId, criterion: 'developed-framework', frameworkId: null }), 201);
  }
  return { admin, parties };
}

export const FIVE_MEMBERS: OrgSpec[] = [
  { key: 'uk', name: 'UK Department for Science', type: 'government-agency', country: 'GB' },
  { key: 'fr', name: 'ANSSI', type: 'government-agency', country: 'FR' },
  { key: 'sg', name: 'Cyber Security Agency of Singapore', type: 'government-agency', country: 'SG' },
  { key: 'sn', name: 'Senegal Ministry of Digital Economy', type: 'government-agency', country: 'SN' },
  { key: 'ngo', name: 'Internet Society', type: 'international-organisation-or-ngo', country: 'INT' },
];

export const OUTSIDERS: OrgSpec[] = [
  { key: 'fi', name: 'Traficom', type: 'government-agency', country: 'FI' },
  { key: 'maker', name: 'Acme Devices', type: 'manufacturer', country: 'DE' },
];

export async function vote(app: FastifyInstance, as: SignedIn, proposalId: string, choice: 'yes' | 'no' | 'abstain'): Promise<LightMyRequestResponse> {
  return request(app, as, 'POST', `/api/governance/proposals/${proposalId}/ballots`, { choice });
}

export async function openVote(app: FastifyInstance, as: SignedIn, proposalId: string, closesAt?: string): Promise<LightMyRequestResponse> {
  return ok(await request(app, as, 'POST', `/api/governance/proposals/${proposalId}/open`, closesAt ? { closesAt } : {}));
}

export async function outbox(t: TestApp, purpose: string): Promise<{ to: string | null; subject: string; body: string }[]> {
  const rows = await t.store.db.selectFrom('outbox').select(['to_address', 'subject', 'body']).where('purpose', '=', purpose).orderBy('created_at').execute();
  return rows.map((r) => ({ to: r.to_address, subject: r.subject, body: r.body }));
}

/** A new session for a user (as sign-in would give), for tests that move the clock past the idle timeout. */
export async function freshSession(t: TestApp, clock: { now(): Date }, user: SignedIn): Promise<SignedIn> {
  const { token } = await startSession(t.store.db, user.userId, clock.now().toISOString(), null);
  return { ...user, cookie: token, csrf: csrfTokenFor(token) };
}

/** A clock that moves a millisecond at every reading, as a real one does between two calls. */
export function tickingClock(iso = '2026-11-23T09:00:00.000Z') {
  let t = Date.parse(iso);
  return {
    now: () => new Date((t += 1)),
    advance: (ms: number) => {
      t += ms;
    },
    set: (value: string) => {
      t = Date.parse(value);
    },
  };
}
