// The audit chain on a real database: every write appends an entry; changing, deleting or swapping entries
// with raw SQL is detected and the first bad entry named, by the command and by `iotspp audit verify`.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, fixedClock, type TestApp } from '../../../test/app.js';
import { dialects } from '../../../test/stores.js';
import { setupAdministrator } from '../../../test/accounts.js';
import { verifyAuditLog } from './verify-audit.js';

describe.each(dialects)('audit log verification on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock();
  let original: Record<string, unknown>[];
  let head: string | undefined;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    await setupAdministrator(t, clock);
    original = await t.store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    head = (await t.store.db.selectFrom('meta').select('value').where('key', '=', 'audit_head').executeTakeFirst())?.value;
  }, 60_000);
  afterAll(async () => t.close());

  beforeEach(async () => {
    await t.store.db.deleteFrom('audit_log').execute();
    await t.store.db.insertInto('audit_log').values(original as never).execute();
  });

  function cli(): { status: number | null; report: { ok: boolean; problem: { kind: string; seq: number } | null } } {
    const r = spawnSync(process.execPath, ['bin/iotspp.js', 'audit', 'verify', '--json'], { env: { ...process.env, DATABASE_URL: t.store.url }, encoding: 'utf8' });
    return { status: r.status, report: JSON.parse(r.stdout) };
  }

  it('records the bundle load, the setup and the sign-ins, and verifies', async () => {
    const actions = original.map((e) => e.action);
    expect(actions[0]).toBe('registry.bundle-load');
    expect(actions).toEqual(expect.arrayContaining(['setup.token-issue', 'organisation.create', 'setup.complete', 'session.create', 'account.totp-enrol']));
    expect(JSON.parse(head!).seq).toBe(original.length);
    const report = await verifyAuditLog(t);
    expect(report).toMatchObject({ ok: true, entries: original.length, problem: null });
    const run = cli();
    expect(run.status).toBe(0);
    expect(run.report.ok).toBe(true);
  }, 60_000);

  it('names an entry whose content was changed', async () => {
    await sql`update audit_log set payload = ${'{"roles":["curator"]}'} where seq = 3`.execute(t.store.db);
    expect((await verifyAuditLog(t)).problem).toMatchObject({ kind: 'altered', seq: 3 });
    const run = cli();
    expect(run.status).not.toBe(0);
    expect(run.report.problem).toMatchObject({ kind: 'altered', seq: 3 });
  }, 60_000);

  it('names the place of a deleted entry, and of deleted newest entries', async () => {
    await sql`delete from audit_log where seq = 4`.execute(t.store.db);
    expect((await verifyAuditLog(t)).problem).toMatchObject({ kind: 'removed', seq: 4 });
    expect(cli().report.problem).toMatchObject({ kind: 'removed', seq: 4 });
    await t.store.db.deleteFrom('audit_log').execute();
    await t.store.db.insertInto('audit_log').values(original.slice(0, -2) as never).execute();
    expect((await verifyAuditLog(t)).problem).toMatchObject({ kind: 'removed', seq: original.length - 1 });
  }, 60_000);

  it('names entries whose order was changed by swapping their contents', async () => {
    const [a, b] = [original[1]!, original[2]!];
    const content = (e: Record<string, unknown>) => ({ at: e.at, actor: e.actor, action: e.action, subject: e.subject, payload: e.payload, prev_hash: e.prev_hash, hash: e.hash });
    await t.store.db.updateTable('audit_log').set(content(b) as never).where('seq', '=', 2).execute();
    await t.store.db.updateTable('audit_log').set(content(a) as never).where('seq', '=', 3).execute();
    expect((await verifyAuditLog(t)).problem).toMatchObject({ kind: 'reordered', seq: 2 });
    const run = cli();
    expect(run.status).not.toBe(0);
    expect(run.report.problem).toMatchObject({ kind: 'reordered', seq: 2 });
  }, 60_000);
});
