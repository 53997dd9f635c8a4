import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { PASSWORD, enrolTotp, request, sessionCookie, setupAdministrator, signIn, signInAgain, totpCode, type SignedIn } from '../../../../test/accounts.js';
import type { MailMessage } from '../../../commands/accounts/mail.js';

describe.each(dialects)('administration and delivery on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock();
  const sent: MailMessage[] = [];
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false, deps: { mailer: { send: async (m) => void sent.push(m) } } });
    admin = await setupAdministrator(t, clock);
  }, 60_000);
  afterAll(async () => t.close());

  it('delivers mail through SMTP when configured, after writing it to the outbox, and then drops the body', async () => {
    const res = await request(t.app, admin, 'POST', '/api/invitations', { email: 'smtp@example.org', organisationId: admin.organisationId, roles: ['expert-advisor'] });
    expect(res.statusCode).toBe(201);
    expect(sent.at(-1)).toMatchObject({ to: 'smtp@example.org' });
    expect(sent.at(-1)!.text).toMatch(/\/invitations\/accept#token=/);
    const row = await t.store.db.selectFrom('outbox').selectAll().where('to_address', '=', 'smtp@example.org').executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(row.body).not.toContain('#token=');
  });

  it('changes roles with an audit entry, and disabling a user ends their sessions', async () => {
    await request(t.app, admin, 'POST', '/api/invitations', { email: 'to-disable@example.org', organisationId: admin.organisationId, roles: ['security-researcher'] });
    // With SMTP the outbox keeps no link: accept the one in the delivered message.
    const token = /#token=([A-Za-z0-9_-]+)/.exec(sent.at(-1)!.text)![1]!;
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: PASSWORD, displayName: 'To Disable' } })).statusCode).toBe(201);
    const res = await signIn(t.app, 'to-disable@example.org');
    const user: SignedIn = { userId: res.json().user.id, email: 'to-disable@example.org', cookie: sessionCookie(res), csrf: res.json().csrfToken, totpSecret: null, organisationId: null };
    const promoted = await request(t.app, admin, 'PATCH', `/api/admin/users/${user.userId}`, { roles: ['security-researcher', 'expert-advisor'] });
    expect(promoted.json().roles).toEqual(['security-researcher', 'expert-advisor']);
    const entry = await t.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.update').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(entry.payload)).toMatchObject({ before: { roles: ['security-researcher'] }, after: { roles: ['security-researcher', 'expert-advisor'] } });
    expect(entry.actor).toBe(`user:${admin.userId}`);
    // Becoming a curator means enrolling TOTP before anything else.
    await request(t.app, admin, 'PATCH', `/api/admin/users/${user.userId}`, { roles: ['curator'] });
    expect((await request(t.app, user, 'GET', '/api/session')).json().mustEnrolTotp).toBe(true);
    expect((await request(t.app, user, 'POST', '/api/mappings', {})).statusCode).toBe(403);
    await request(t.app, admin, 'PATCH', `/api/admin/users/${user.userId}`, { status: 'disabled' });
    expect((await request(t.app, user, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await signIn(t.app, user.email)).statusCode).toBe(401);
  });

  it("lets an administrator turn off a user's TOTP, after which they must enrol again", async () => {
    admin = await signInAgain(t.app, clock, admin);
    await request(t.app, admin, 'POST', '/api/invitations', { email: 'lost-phone@example.org', organisationId: admin.organisationId, roles: ['curator'] });
    const token = /#token=([A-Za-z0-9_-]+)/.exec(sent.at(-1)!.text)![1]!;
    await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: PASSWORD, displayName: 'Lost Phone' } });
    const first = await signIn(t.app, 'lost-phone@example.org');
    const user: SignedIn = { userId: first.json().user.id, email: 'lost-phone@example.org', cookie: sessionCookie(first), csrf: first.json().csrfToken, totpSecret: null, organisationId: null };
    const enrolled = await enrolTotp(t.app, clock, user);
    expect((await signIn(t.app, user.email)).json().error.code).toBe('totp_required');
    expect((await request(t.app, admin, 'DELETE', `/api/admin/users/${user.userId}/totp`)).statusCode).toBe(200);
    expect((await request(t.app, enrolled, 'GET', '/api/me')).statusCode).toBe(401);
    const again = await signIn(t.app, user.email);
    expect(again.statusCode).toBe(200);
    expect(again.json().mustEnrolTotp).toBe(true);
  });

  it('rotates the session id at sign-in, ending the session the request carried', async () => {
    admin = await signInAgain(t.app, clock, admin);
    const old = admin.cookie;
    const again = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: admin.email, password: PASSWORD, code: '000000' }, cookies: { iotspp_session: old }, headers: { 'x-csrf-token': admin.csrf } });
    expect(again.statusCode).toBe(401);
    admin = await signInAgain(t.app, clock, admin);
    const before = admin.cookie;
    const rotated = await signInAgain(t.app, clock, admin);
    expect(rotated.cookie).not.toBe(before);
  });

  it('issues a one-time link from the command line with `iotspp admin create --email`', () => {
    const r = spawnSync(process.execPath, ['bin/iotspp.js', 'admin', 'create', '--email', 'second-admin@example.org', '--json'], {
      env: { ...process.env, DATABASE_URL: t.store.url, PUBLIC_URL: 'https://iotspp.example.org' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.url).toMatch(/^https:\/\/iotspp\.example\.org\/setup#token=[A-Za-z0-9_-]{43}$/);
    expect(out.email).toBe('second-admin@example.org');
  }, 60_000);
});

describe('behind a TLS-terminating proxy', () => {
  let t: TestApp;
  const clock = fixedClock();
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp('sqlite', {
      clock,
      bundle: false,
      deps: { config: { bodyLimitBytes: 1024 * 1024, trustProxy: true, publicUrl: 'https://iotspp.example.org', logLevel: 'warn' } },
    });
    admin = await setupAdministrator(t, clock);
  }, 60_000);
  afterAll(async () => t.close());

  it('sets a Secure __Host- cookie and HSTS when the proxy says the request came over TLS', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: admin.email, password: PASSWORD, code: await totpCode(admin.totpSecret!, clock) },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.20' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === '__Host-iotspp_session')!;
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(String(res.headers['strict-transport-security'])).toContain('max-age=');
    // The secure cookie authenticates later TLS requests.
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { 'x-forwarded-proto': 'https' }, cookies: { '__Host-iotspp_session': cookie.value } });
    expect(me.statusCode).toBe(200);
  });
});
