import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { PASSWORD, createUser, request, sessionCookie, signIn, signInAgain, totpCode, type SignedIn } from '../../../../test/accounts.js';
import { issueSetupToken } from '../../../commands/accounts/issue-setup-token.js';

describe.each(dialects)('accounts and sessions on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock();
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false });
  }, 60_000);
  afterAll(async () => t.close());

  it('has no account before setup, and a setup token works exactly once', async () => {
    expect(await t.store.db.selectFrom('users').selectAll().execute()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
    // Nothing to sign in with: there are no default credentials.
    for (const email of ['admin@localhost', 'admin@example.org', 'root@localhost']) {
      expect((await signIn(t.app, email, 'admin', undefined, '192.0.2.1')).json().error.code).toBe('invalid_credentials');
    }
    const first = await issueSetupToken({ store: t.store, clock, publicUrl: 'http://x' }, { by: 'system' });
    const second = await issueSetupToken({ store: t.store, clock, publicUrl: 'http://x' }, { by: 'system' });
    const body = (token: string) => ({ token, email: 'Admin@Example.org', password: PASSWORD, displayName: 'Ada', organisation: { name: 'Secretariat', type: 'international-organisation-or-ngo', country: 'INT' } });
    // A newer unbound link ends the older one.
    expect((await t.app.inject({ method: 'POST', url: '/api/setup', payload: body(first!.token) })).json().error.code).toBe('invalid_token');
    expect((await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...body(second!.token), password: 'password1234' } })).json().error.code).toBe('password_rejected');
    expect((await t.app.inject({ method: 'POST', url: '/api/setup', payload: body(second!.token) })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...body(second!.token), email: 'other@example.org' } })).json().error.code).toBe('invalid_token');
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
    expect(await issueSetupToken({ store: t.store, clock, publicUrl: 'http://x' }, { by: 'system' })).toBeNull();
    const stored = await t.store.db.selectFrom('one_time_tokens').select('token_hash').execute();
    for (const row of stored) expect([first!.token, second!.token]).not.toContain(row.token_hash);
  });

  it('makes an administrator enrol TOTP before anything else, then asks for a code at every sign-in', async () => {
    const res = await signIn(t.app, 'admin@example.org');
    expect(res.statusCode).toBe(200);
    const user = { userId: res.json().user.id, email: 'admin@example.org', cookie: sessionCookie(res), csrf: res.json().csrfToken, totpSecret: null, organisationId: res.json().user.organisationId };
    expect(res.json().mustEnrolTotp).toBe(true);
    expect((await request(t.app, user, 'GET', '/api/admin/users')).statusCode).toBe(403);
    expect((await request(t.app, user, 'POST', '/api/organisations', { name: 'X', type: 'research', country: 'FR' })).statusCode).toBe(403);
    const begin = await request(t.app, user, 'POST', '/api/me/totp');
    expect(begin.json().uri).toMatch(/^otpauth:\/\/totp\//);
    const confirm = await request(t.app, user, 'POST', '/api/me/totp/confirm', { code: await totpCode(begin.json().secret, clock) });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    // The TOTP seed is sealed at rest: the database does not hold it in clear.
    const stored = await t.store.db.selectFrom('users').select(['totp_secret', 'totp_pending_secret']).where('id', '=', user.userId).executeTakeFirstOrThrow();
    expect(stored.totp_secret).toMatch(/^v1:/);
    expect(stored.totp_secret).not.toContain(begin.json().secret);
    expect(stored.totp_pending_secret).toBeNull();
    // The session is rotated at enrolment: the pre-2FA cookie no longer works.
    expect((await request(t.app, user, 'GET', '/api/me')).statusCode).toBe(401);
    const withoutCode = await signIn(t.app, 'admin@example.org');
    expect(withoutCode.json().error.code).toBe('totp_required');
    const code = await totpCode(begin.json().secret, clock);
    const ok = await signIn(t.app, 'admin@example.org', PASSWORD, code);
    expect(ok.statusCode).toBe(200);
    // The same code cannot be used twice.
    expect((await signIn(t.app, 'admin@example.org', PASSWORD, code)).json().error.code).toBe('invalid_credentials');
    // A recovery code works once.
    const recovery = confirm.json().recoveryCodes[0];
    expect((await signIn(t.app, 'admin@example.org', PASSWORD, recovery)).statusCode).toBe(200);
    expect((await signIn(t.app, 'admin@example.org', PASSWORD, recovery)).json().error.code).toBe('invalid_credentials');
    admin = { ...user, cookie: sessionCookie(ok), csrf: ok.json().csrfToken, totpSecret: begin.json().secret };
    const codes = await t.store.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(codes.map((c) => c.code_hash)).not.toContain(recovery);
  });

  it('holds against a burst of wrong passwords, per account, without telling whether a password was right', async () => {
    const victim = await createUser(t, clock, admin, 'victim@example.org', ['security-researcher']);
    const statuses: number[] = [];
    const attacker = '198.51.100.7';
    for (let i = 0; i < 12; i += 1) statuses.push((await signIn(t.app, 'VICTIM@example.org', `wrong password number ${i}`, undefined, attacker)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
    const locked = await signIn(t.app, 'victim@example.org', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // The same answer for an address with no account.
    for (let i = 0; i < 6; i += 1) await signIn(t.app, 'nobody@example.org', `wrong password number ${i}`, undefined, '198.51.100.8');
    expect((await signIn(t.app, 'nobody@example.org', PASSWORD, undefined, '198.51.100.8')).statusCode).toBe(429);
    // Backoff doubles: after the lock passes, one more failure locks for longer.
    clock.advance(Number(locked.headers['retry-after']) * 1000 + 1000);
    expect((await signIn(t.app, 'victim@example.org', 'still the wrong password', undefined, '198.51.100.9')).statusCode).toBe(401);
    const relocked = await signIn(t.app, 'victim@example.org', PASSWORD);
    expect(Number(relocked.headers['retry-after'])).toBeGreaterThan(Number(locked.headers['retry-after']));
    clock.advance(2 * 60 * 60_000);
    expect((await signIn(t.app, victim.email)).statusCode).toBe(200);
  });

  it('locks out a client address that guesses across many accounts', async () => {
    const spray = '203.0.113.5';
    const statuses: number[] = [];
    for (let i = 0; i < 22; i += 1) statuses.push((await signIn(t.app, `user${i}@example.org`, 'Summer2026 is here', undefined, spray)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    // Another address is not affected.
    expect((await signIn(t.app, 'victim@example.org', PASSWORD, undefined, '203.0.113.6')).statusCode).toBe(200);
  });

  it('ends a stolen session cookie when its owner signs out everywhere', async () => {
    admin = await signInAgain(t.app, clock, admin);
    const owner = await createUser(t, clock, admin, 'owner@example.org', ['manufacturer-editor']);
    const stolen = { ...owner };
    const other = await signIn(t.app, owner.email);
    expect((await request(t.app, stolen, 'GET', '/api/me')).statusCode).toBe(200);
    const out = await request(t.app, { ...owner, cookie: sessionCookie(other), csrf: other.json().csrfToken }, 'DELETE', '/api/me/sessions');
    expect(out.statusCode).toBe(200);
    expect((await request(t.app, stolen, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await request(t.app, stolen, 'PATCH', '/api/me', { displayName: 'Mallory' })).statusCode).toBe(401);
    expect(await t.store.db.selectFrom('sessions').selectAll().where('user_id', '=', owner.userId).execute()).toEqual([]);
  });

  it('refuses cookie-authenticated writes without the CSRF token, and accepts bearer tokens without one', async () => {
    admin = await signInAgain(t.app, clock, admin);
    const user = await createUser(t, clock, admin, 'csrf@example.org', ['expert-advisor']);
    const noHeader = await t.app.inject({ method: 'PATCH', url: '/api/me', payload: { displayName: 'X' }, cookies: { iotspp_session: user.cookie } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('csrf_failed');
    const wrong = await t.app.inject({ method: 'PATCH', url: '/api/me', payload: { displayName: 'X' }, cookies: { iotspp_session: user.cookie }, headers: { 'x-csrf-token': 'f'.repeat(64) } });
    expect(wrong.json().error.code).toBe('csrf_failed');
    expect((await request(t.app, user, 'PATCH', '/api/me', { displayName: 'Y' })).statusCode).toBe(200);
    // Reads need no token.
    expect((await t.app.inject({ method: 'GET', url: '/api/me', cookies: { iotspp_session: user.cookie } })).statusCode).toBe(200);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, Secure with the __Host- prefix only behind TLS', async () => {
    const res = await signIn(t.app, 'csrf@example.org');
    const cookie = res.cookies.find((c) => c.name === 'iotspp_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    expect(cookie.path).toBe('/');
  });

  it('expires sessions when idle and absolutely', async () => {
    const res = await signIn(t.app, 'csrf@example.org');
    const user = { userId: res.json().user.id, email: 'csrf@example.org', cookie: sessionCookie(res), csrf: res.json().csrfToken, totpSecret: null, organisationId: null };
    clock.advance(29 * 60_000);
    expect((await request(t.app, user, 'GET', '/api/me')).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    expect((await request(t.app, user, 'GET', '/api/me')).statusCode).toBe(401);
    const again = await signIn(t.app, 'csrf@example.org');
    const u2 = { ...user, cookie: sessionCookie(again), csrf: again.json().csrfToken };
    for (let i = 0; i < 25; i += 1) {
      clock.advance(29 * 60_000);
      if ((await request(t.app, u2, 'GET', '/api/me')).statusCode !== 200) break;
    }
    expect((await request(t.app, u2, 'GET', '/api/me')).statusCode).toBe(401);
  });
});
