// Account helpers for HTTP tests: create the first administrator through the real setup flow, invite users
// with any roles, sign in, enrol TOTP, and send requests as them (cookie + CSRF token, or an API token).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import type { Role } from '../src/domain/access/roles.js';
import { requiresTotp } from '../src/domain/access/roles.js';
import { issueSetupToken } from '../src/commands/accounts/issue-setup-token.js';
import type { TestApp } from './app.js';

export const PASSWORD = 'a long and unremarkable passphrase';

export interface SignedIn {
  userId: string;
  email: string;
  cookie: string;
  csrf: string;
  totpSecret: string | null;
  organisationId: string | null;
}

type Clock = { now(): Date; advance(ms: number): void };

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'iotspp_session' || x.name === '__Host-iotspp_session');
  if (!c) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return c.value;
}

export async function totpCode(secret: string, clock: Clock): Promise<string> {
  // Each code is accepted once: move to the next 30-second step so consecutive sign-ins get fresh codes.
  clock.advance(30_000);
  return generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
}

/** Sends a request as a signed-in user (cookie and CSRF token) unless `as` is null (anonymous). */
export function request(app: FastifyInstance, as: SignedIn | null, method: string, url: string, payload?: unknown) {
  const headers: Record<string, string> = {};
  if (as) headers['x-csrf-token'] = as.csrf;
  return app.inject({ method: method as 'GET', url, ...(payload !== undefined ? { payload: payload as object } : {}), headers, ...(as ? { cookies: { iotspp_session: as.cookie } } : {}) });
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD, code?: string, address = '127.0.0.1'): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/session', payload: { email, password, ...(code ? { code } : {}) }, remoteAddress: address });
}

export async function enrolTotp(app: FastifyInstance, clock: Clock, user: SignedIn): Promise<SignedIn> {
  const begin = await request(app, user, 'POST', '/api/me/totp');
  if (begin.statusCode !== 200) throw new Error(`totp begin: ${begin.body}`);
  const secret = begin.json().secret as string;
  const confirm = await request(app, user, 'POST', '/api/me/totp/confirm', { code: await totpCode(secret, clock) });
  if (confirm.statusCode !== 200) throw new Error(`totp confirm: ${confirm.body}`);
  return { ...user, cookie: sessionCookie(confirm), csrf: confirm.json().csrfToken, totpSecret: secret };
}

async function signedIn(app: FastifyInstance, email: string, res: LightMyRequestResponse, totpSecret: string | null): Promise<SignedIn> {
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { userId: body.user.id, email, cookie: sessionCookie(res), csrf: body.csrfToken, totpSecret, organisationId: body.user.organisationId };
}

/** Creates the first administrator with a setup token, signs in and enrols TOTP. */
export async function setupAdministrator(t: TestApp, clock: Clock, email = 'admin@example.org'): Promise<SignedIn> {
  const link = await issueSetupToken({ store: t.store, clock, publicUrl: 'http://127.0.0.1:8080' }, { by: 'system' });
  if (!link) throw new Error('an administrator already exists');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { token: link.token, email, password: PASSWORD, displayName: 'First Administrator', organisation: { name: 'Platform Secretariat', type: 'international-organisation-or-ngo', country: 'INT' } },
  });
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.body}`);
  const user = await signedIn(t.app, email, await signIn(t.app, email), null);
  return enrolTotp(t.app, clock, user);
}

/** Invites a user with the roles (as the administrator), accepts through the emailed link, signs in, enrols TOTP when the roles need it. */
export async function createUser(
  t: TestApp,
  clock: Clock,
  admin: SignedIn,
  email: string,
  roles: Role[],
  options: { organisationId?: string; enrol?: boolean } = {},
): Promise<SignedIn> {
  const organisationId = options.organisationId ?? admin.organisationId!;
  const invite = await request(t.app, admin, 'POST', '/api/invitations', { email, organisationId, roles });
  if (invite.statusCode !== 201) throw new Error(`invite failed: ${invite.body}`);
  const token = await latestLinkToken(t, email);
  const accept = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: PASSWORD, displayName: `User ${email}` } });
  if (accept.statusCode !== 201) throw new Error(`accept failed: ${accept.body}`);
  const user = await signedIn(t.app, email, await signIn(t.app, email), null);
  return requiresTotp(roles) && options.enrol !== false ? enrolTotp(t.app, clock, user) : user;
}

/** The token of the newest one-time link mailed to an address (read from the outbox, as an administrator would). */
export async function latestLinkToken(t: TestApp, email: string, purpose = 'invitation'): Promise<string> {
  const row = await t.store.db
    .selectFrom('outbox')
    .select('body')
    .where('to_address', '=', email)
    .where('purpose', '=', purpose)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const match = /#token=([A-Za-z0-9_-]+)/.exec(row.body);
  if (!match) throw new Error('no link in the message');
  return match[1]!;
}

/** Signs a user in again (with a fresh TOTP code when enrolled), e.g. after the test clock jumped past expiry. */
export async function signInAgain(app: FastifyInstance, clock: Clock, user: SignedIn): Promise<SignedIn> {
  const res = await signIn(app, user.email, PASSWORD, user.totpSecret ? await totpCode(user.totpSecret, clock) : undefined);
  if (res.statusCode !== 200) throw new Error(`sign-in again failed: ${res.body}`);
  return { ...user, cookie: sessionCookie(res), csrf: res.json().csrfToken };
}
