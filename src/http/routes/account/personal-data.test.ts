// Export then delete: the export holds the user's data (and what contributors add), never secrets; deletion
// leaves the user's email and name nowhere in the database, and the audit chain still verifies. The same for a
// person who took part in every feature: personal-data-features.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { PASSWORD, createUser, request, setupAdministrator, signInAgain, type SignedIn } from '../../../../test/accounts.js';
import { exportPersonalData } from '../../../commands/accounts/export-personal-data.js';
import { verifyAuditLog } from '../../../commands/accounts/verify-audit.js';
import { disclosureContext } from '../disclosure/context.js';

async function everyTextValue(t: TestApp): Promise<{ table: string; value: string }[]> {
  const tables = await t.store.db.introspection.getTables();
  const out: { table: string; value: string }[] = [];
  for (const table of tables) {
    const rows = (await sql`select * from ${sql.table(table.name)}`.execute(t.store.db)).rows as Record<string, unknown>[];
    for (const row of rows) for (const v of Object.values(row)) if (v !== null && v !== undefined) out.push({ table: table.name, value: String(v).toLowerCase() });
  }
  return out;
}

describe.each(dialects)('personal data on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock();
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false });
    admin = await setupAdministrator(t, clock);
  }, 60_000);
  afterAll(async () => t.close());

  it('exports everything about the user, then deletes the account leaving no personal field behind', async () => {
    const email = 'Erasable.Person@Example.org';
    const user = await createUser(t, clock, admin, email.toLowerCase(), ['manufacturer-editor']);
    const name = `User ${email.toLowerCase()}`;
    const unusual = 'Zébulon Quintessence-Erasable';
    expect((await request(t.app, user, 'PATCH', '/api/me', { displayName: unusual })).statusCode).toBe(200);
    const token = (await request(t.app, user, 'POST', '/api/me/tokens', { name: 'my laptop', scopes: ['account.read'] })).json().token as string;
    await request(t.app, user, 'POST', '/api/invitations', { email: 'colleague-of-erasable@example.org', organisationId: user.organisationId, roles: ['manufacturer-editor'] });
    await t.app.inject({ method: 'POST', url: '/api/password-reset', payload: { email } });

    const exported = await request(t.app, user, 'GET', '/api/me/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    const data = exported.json();
    expect(data.profile).toMatchObject({ id: user.userId, email: email.toLowerCase(), displayName: unusual });
    expect(data.roles).toEqual(['manufacturer-editor']);
    expect(data.organisation.id).toBe(user.organisationId);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.apiTokens[0]).toMatchObject({ name: 'my laptop', scopes: ['account.read'] });
    expect(data.auditEntries.some((e: { action: string }) => e.action === 'invitation.accept')).toBe(true);
    expect(data.invitationsSent).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain('colleague-of-erasable');
    expect(JSON.stringify(data)).not.toContain(token.slice(7));
    expect(JSON.stringify(data)).not.toMatch(/argon2|totp_secret|token_hash/);
    // The extension point: other features' data joins the export and is erased with the account.
    const contributor = {
      name: 'example-feature',
      export: async (_db: unknown, id: string) => ({ notes: [`note of ${id}`] }),
      erased: [] as string[],
      async erase(_trx: unknown, _ctx: unknown, id: string) {
        this.erased.push(id);
      },
    };
    const ctx = { ...t.app.deps, sealer: disclosureContext(t.app).sealer, publicUrl: t.app.deps.config.publicUrl };
    expect((await exportPersonalData(ctx, user.userId, [contributor])).other).toEqual({ 'example-feature': { notes: [`note of ${user.userId}`] } });

    expect((await request(t.app, user, 'DELETE', '/api/me', { password: 'not my password at all' })).statusCode).toBe(401);
    const deleted = await request(t.app, user, 'DELETE', '/api/me', { password: PASSWORD });
    expect(deleted.statusCode).toBe(200);

    const values = await everyTextValue(t);
    for (const needle of [email.toLowerCase(), unusual.toLowerCase(), name, 'erasable.person', 'my laptop']) {
      expect(values.filter((v) => v.value.includes(needle.toLowerCase()))).toEqual([]);
    }
    // Sessions and tokens no longer work; the account cannot sign in; the chain still verifies.
    expect((await request(t.app, user, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    expect((await verifyAuditLog(t)).ok).toBe(true);
    const row = await t.store.db.selectFrom('users').selectAll().where('id', '=', user.userId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'deleted', email: null, display_name: null, password_hash: null, totp_secret: null });
    const entries = await t.store.db.selectFrom('audit_log').select('action').where('subject', '=', `user:${user.userId}`).execute();
    expect(entries.map((e) => e.action)).toContain('account.delete');
    admin = await signInAgain(t.app, clock, admin);
    expect((await request(t.app, admin, 'GET', '/api/admin/users')).json().items.map((u: { id: string }) => u.id)).not.toContain(user.userId);
  }, 60_000);
});
