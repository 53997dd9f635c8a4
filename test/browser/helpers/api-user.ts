// Accounts set up through the API, as an operator would, for the journeys that start with people in place: the
// first administrator (from the setup link), invited users (from the mailed link, read in the outbox), TOTP
// enrolment, and a small client with the session cookie (which a browser context can reuse) and CSRF token.
import { randomUUID } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { generate } from 'otplib';
import type { TestServer } from './test-server.js';

export const PASSWORD = 'a long and unremarkable passphrase';

/** A signed-in user of the API: its id, session cookie and CSRF token. */
export class ApiUser {
  constructor(
    readonly base: string,
    readonly id: string,
    public cookie: string,
    public csrf: string,
  ) {}

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { cookie: `iotspp_session=${this.cookie}`, 'x-csrf-token': this.csrf, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const data = (res.status === 204 ? {} : await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
    return data;
  }
}

function cookieOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('iotspp_session='));
  if (!header) throw new Error(`no session cookie (${res.status})`);
  return header.slice('iotspp_session='.length).split(';')[0]!;
}

export async function signIn(base: string, email: string): Promise<ApiUser> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  return new ApiUser(base, body.user.id, cookieOf(res), body.csrfToken);
}

/** Enrols TOTP (administrators, curators and member representatives need it) and returns the renewed session. */
export async function enrolTotp(user: ApiUser): Promise<ApiUser> {
  const { secret } = await user.call<{ secret: string }>('POST', '/api/me/totp');
  const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
  const res = await fetch(`${user.base}/api/me/totp/confirm`, {
    method: 'POST',
    headers: { cookie: `iotspp_session=${user.cookie}`, 'x-csrf-token': user.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!res.ok) throw new Error(`TOTP confirm: ${res.status} ${await res.text()}`);
  return new ApiUser(user.base, user.id, cookieOf(res), ((await res.json()) as { csrfToken: string }).csrfToken);
}

/** The first administrator, from the server's setup link, with TOTP enrolled. */
export async function setupAdministrator(server: TestServer): Promise<ApiUser> {
  const res = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: server.setupToken, email: 'admin@example.org', password: PASSWORD, displayName: 'Platform Administrator', organisation: { name: 'Platform Secretariat', type: 'international-organisation-or-ngo', country: 'INT' } }),
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${await res.text()}`);
  return enrolTotp(await signIn(server.url, 'admin@example.org'));
}

/** Invites a user into an organisation, accepts from the mailed link (read in the outbox), signs in; member
 * representatives also enrol TOTP. */
export async function createUser(admin: ApiUser, email: string, organisationId: string, roles: string[]): Promise<ApiUser> {
  await admin.call('POST', '/api/invitations', { email, organisationId, roles });
  const outbox = await admin.call<{ items: { to: string | null; body: string }[] }>('GET', '/api/admin/outbox?limit=200');
  const token = /#token=([A-Za-z0-9_-]+)/.exec(outbox.items.find((m) => m.to === email)?.body ?? '')?.[1];
  if (!token) throw new Error(`no invitation mailed to ${email}`);
  const accept = await fetch(`${admin.base}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password: PASSWORD, displayName: email.split('@')[0] }) });
  if (accept.status !== 201) throw new Error(`accept: ${accept.status} ${await accept.text()}`);
  const user = await signIn(admin.base, email);
  return roles.includes('member-representative') ? enrolTotp(user) : user;
}

/** Registers a product and its releases straight in the store (the product registry's tables, issue 6). */
export function registerProduct(server: TestServer, organisationId: string, name: string, versions: string[]): { productId: string } {
  const db = new SQLite(server.databaseFile);
  try {
    db.pragma('busy_timeout = 5000');
    const productId = randomUUID();
    const now = new Date().toISOString();
    db.prepare('insert into products (id, organisation_id, name, model, category, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)').run(productId, organisationId, name, 'EC-200', 'camera', now, now);
    versions.forEach((version, i) => {
      db.prepare('insert into releases (id, product_id, version, release_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?)').run(randomUUID(), productId, version, `2026-0${i + 1}-15`, now, now);
    });
    return { productId };
  } finally {
    db.close();
  }
}
