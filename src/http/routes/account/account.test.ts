import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { PASSWORD, createUser, latestLinkToken, request, setupAdministrator, signIn, signInAgain, type SignedIn } from '../../../../test/accounts.js';

describe.each(dialects)('account, tokens, invitations and reset on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock();
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false });
    admin = await setupAdministrator(t, clock);
  }, 60_000);
  afterAll(async () => t.close());

  it('shows API tokens once, stores only their hash, narrows by scope, and revokes at once', async () => {
    const curator = await createUser(t, clock, admin, 'curator@example.org', ['curator']);
    const created = await request(t.app, curator, 'POST', '/api/me/tokens', { name: 'CI import', scopes: ['registry'] });
    expect(created.statusCode).toBe(201);
    const token: string = created.json().token;
    expect(token).toMatch(/^iotspp_[A-Za-z0-9_-]{43}$/);
    // Never stored in clear: scan every column of the table.
    const rows = await t.store.db.selectFrom('api_tokens').selectAll().execute();
    for (const row of rows) for (const value of Object.values(row)) expect(String(value)).not.toContain(token.slice(7));
    // Listing never shows the secret.
    expect(JSON.stringify((await request(t.app, curator, 'GET', '/api/me/tokens')).json())).not.toContain(token.slice(7));
    const bearer = { authorization: `Bearer ${token}` };
    // In scope: a registry write (no CSRF token needed for a bearer token).
    const write = await t.app.inject({ method: 'POST', url: '/api/mappings', headers: bearer, payload: {} });
    expect(write.statusCode).toBe(400);
    // Out of scope though the role would allow it, and session-only actions are never open to tokens.
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/me/tokens', headers: bearer, payload: { name: 'x', scopes: ['registry'] } })).statusCode).toBe(403);
    const used = await t.store.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', created.json().id).executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
    expect((await request(t.app, curator, 'DELETE', `/api/me/tokens/${created.json().id}`)).statusCode).toBe(200);
    const after = await t.app.inject({ method: 'POST', url: '/api/mappings', headers: bearer, payload: {} });
    expect(after.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/frameworks', headers: { authorization: 'Bearer iotspp_wrong' } })).statusCode).toBe(401);
  });

  it('lets a member representative invite into their own organisation only, with at most their roles', async () => {
    admin = await signInAgain(t.app, clock, admin);
    const org = await request(t.app, admin, 'POST', '/api/organisations', { name: 'Agence nationale', type: 'government-agency', country: 'FR' });
    expect(org.statusCode).toBe(201);
    expect((await request(t.app, admin, 'POST', '/api/organisations', { name: 'Nowhere', type: 'research', country: 'XX' })).json().error.code).toBe('validation_failed');
    const rep = await createUser(t, clock, admin, 'rep@example.fr', ['member-representative'], { organisationId: org.json().id });
    const own = await request(t.app, rep, 'POST', '/api/invitations', { email: 'colleague@example.fr', organisationId: org.json().id, roles: ['member-representative'] });
    expect(own.statusCode).toBe(201);
    expect((await request(t.app, rep, 'POST', '/api/invitations', { email: 'x@example.fr', organisationId: org.json().id, roles: ['curator'] })).statusCode).toBe(403);
    expect((await request(t.app, rep, 'POST', '/api/invitations', { email: 'x@example.fr', organisationId: admin.organisationId, roles: [] })).statusCode).toBe(403);
    // The invitee looks the link up and accepts it once.
    const token = await latestLinkToken(t, 'colleague@example.fr');
    const lookup = await t.app.inject({ method: 'POST', url: '/api/invitations/lookup', payload: { token } });
    expect(lookup.json()).toMatchObject({ email: 'colleague@example.fr', roles: ['member-representative'] });
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: 'qwertyuiop123', displayName: 'Col' } })).json().error.code).toBe('password_rejected');
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: PASSWORD, displayName: 'Col' } })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: PASSWORD, displayName: 'Col' } })).json().error.code).toBe('invalid_token');
    const members = await request(t.app, rep, 'GET', `/api/organisations/${org.json().id}/members`);
    expect(members.json().items.map((m: { displayName: string }) => m.displayName)).toContain('Col');
    expect((await request(t.app, rep, 'GET', `/api/organisations/${admin.organisationId}/members`)).statusCode).toBe(403);
  });

  it('resets a password by emailed link without revealing whether an address has an account', async () => {
    admin = await signInAgain(t.app, clock, admin);
    const user = await createUser(t, clock, admin, 'forgetful@example.org', ['security-researcher']);
    const known = await t.app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: 'Forgetful@example.org' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: 'stranger@example.org' } });
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    const token = await latestLinkToken(t, 'forgetful@example.org', 'password-reset');
    expect(await t.store.db.selectFrom('outbox').selectAll().where('to_address', '=', 'stranger@example.org').execute()).toEqual([]);
    const done = await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token, password: 'another perfectly fine passphrase' } });
    expect(done.statusCode).toBe(200);
    // Every session ended; the old password no longer works; the link works once.
    expect((await request(t.app, user, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await signIn(t.app, user.email)).statusCode).toBe(401);
    expect((await signIn(t.app, user.email, 'another perfectly fine passphrase')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token, password: 'yet another fine passphrase' } })).json().error.code).toBe('invalid_token');
  });

  it('keeps mail in the outbox for administrators when there is no SMTP', async () => {
    admin = await signInAgain(t.app, clock, admin);
    const outbox = await request(t.app, admin, 'GET', '/api/admin/outbox');
    expect(outbox.statusCode).toBe(200);
    expect(outbox.json().items.some((m: { purpose: string; status: string }) => m.purpose === 'invitation' && m.status === 'queued')).toBe(true);
    const researcher = await createUser(t, clock, admin, 'reader@example.org', ['security-researcher']);
    expect((await request(t.app, researcher, 'GET', '/api/admin/outbox')).statusCode).toBe(403);
  });

  it('never leaves the platform without an administrator', async () => {
    admin = await signInAgain(t.app, clock, admin);
    const res = await request(t.app, admin, 'PATCH', `/api/admin/users/${admin.userId}`, { roles: ['curator'] });
    expect(res.json().error.code).toBe('last_administrator');
  });

  it('throttles guesses at setup tokens, invitation links, reset links and API tokens per client address', async () => {
    const guess = (i: number) => `not-a-real-token-${String(i).padStart(4, '0')}`;
    const tries: Record<string, (i: number, address: string) => Promise<number>> = {
      setup: async (i, a) => (await t.app.inject({ method: 'POST', url: '/api/setup', remoteAddress: a, payload: { token: guess(i), email: 'x@example.org', password: PASSWORD, displayName: 'X', organisation: { name: 'X', type: 'research', country: 'FR' } } })).statusCode,
      invitation: async (i, a) => (await t.app.inject({ method: 'POST', url: '/api/invitations/accept', remoteAddress: a, payload: { token: guess(i), password: PASSWORD, displayName: 'X' } })).statusCode,
      reset: async (i, a) => (await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', remoteAddress: a, payload: { token: guess(i), password: PASSWORD } })).statusCode,
      bearer: async (i, a) => (await t.app.inject({ method: 'GET', url: '/api/frameworks', remoteAddress: a, headers: { authorization: `Bearer iotspp_${guess(i)}` } })).statusCode,
    };
    let n = 0;
    for (const [name, attempt] of Object.entries(tries)) {
      const address = `192.0.2.${100 + (n += 1)}`;
      const statuses: number[] = [];
      for (let i = 0; i < 21; i += 1) statuses.push(await attempt(i, address));
      expect(statuses.slice(0, 20).includes(429), name).toBe(false);
      expect(statuses[20], name).toBe(429);
    }
  });

  it('refuses bodies over the limit with 413 and sends a strict Content Security Policy', async () => {
    const big = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const csp = String((await t.app.inject({ method: 'GET', url: '/api/session' })).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
