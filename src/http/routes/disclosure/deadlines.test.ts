// Deadlines with a controllable clock, on SQLite and PostgreSQL: reminders before and alerts after the
// acknowledgement and publication deadlines fire once each, at the right times, by the tick command, the CLI
// and the server's timer alike; coordinators find overdue cases, join them, and may publish once the
// coordinated publication date has passed, without a fix; a later revision adds the fix.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../test/stores.js';
import { request } from '../../../../test/accounts.js';
import { createWorld, fileAnonymousReport, follow, type World } from '../../../../test/disclosure/world.js';
import { mandatoryFailures } from '../../../../test/disclosure/csaf-validator.js';
import { REPO_ROOT } from '../../../catalogs/bundle-paths.js';
import { runDeadlineTick, startDeadlineTimer } from '../../../commands/disclosure/run-deadline-tick.js';
import { disclosureContext } from './context.js';
import { disclosureSealer } from '../../../crypto/sealed-box.js';
import { outboxRecipientPlace } from '../../../commands/accounts/mail.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(dialects)('disclosure deadlines on %s', (dialect) => {
  let w: World;
  let filed: { trackingId: string; token: string; caseId: string };
  let received: number;
  const at = (days: number, minutes = 1) => w.clock.set(new Date(received + days * DAY + minutes * 60_000).toISOString());
  const tick = async () => (await runDeadlineTick(disclosureContext(w.t.app))).map((n) => n.kind);
  // An anonymous reporter's address is sealed in the outbox (to_sealed): open it to find their mail.
  const mailTo = async (address: string) =>
    (await w.t.store.db.selectFrom('outbox').select(['id', 'subject', 'to_address', 'to_sealed']).where('purpose', '=', 'disclosure').orderBy('created_at').execute())
      .filter((m) => (m.to_address ?? disclosureSealer(w.secretKey).open(m.to_sealed!, outboxRecipientPlace(m.id))) === address)
      .map((m) => m.subject);

  beforeAll(async () => {
    w = await createWorld(dialect);
    filed = await fileAnonymousReport(w, { reporterEmail: 'finder@mail.example' });
    received = Date.parse((await follow(w, filed.token)).json().receivedAt);
  }, 120_000);
  afterAll(async () => w.t.close());

  it('sends nothing before the acknowledgement reminder, then the reminder once, two days before the deadline', async () => {
    at(4);
    expect(await tick()).toEqual([]);
    at(5);
    expect(await tick()).toEqual(['acknowledgement-reminder']);
    expect(await tick()).toEqual([]);
    expect(await mailTo('psirt@devices.example')).toContain(`[${filed.trackingId}] the report must be acknowledged by ${new Date(received + 7 * DAY).toISOString().slice(0, 10)}`);
  });

  it('alerts at the deadline: the PSIRT and the reporter, and the case shows it', async () => {
    at(6, 60 * 23);
    expect(await tick()).toEqual([]);
    at(7);
    expect(await tick()).toEqual(['acknowledgement-overdue']);
    expect((await mailTo('finder@mail.example')).at(-1)).toContain('is overdue');
    const notices = (await follow(w, filed.token)).json().events.filter((e: { kind: string }) => e.kind === 'notice');
    expect(notices.map((e: { body: { notice: string } }) => e.body.notice)).toEqual(['acknowledgement-overdue']); // the reminder is internal
  });

  it('lists the overdue case for CSIRT users and administrators, not for manufacturers or the public', async () => {
    const res = await request(w.t.app, w.analyst, 'GET', '/api/disclosure/overdue');
    expect(res.json().items).toEqual([
      expect.objectContaining({ trackingId: filed.trackingId, state: 'received', participating: false, overdue: [expect.objectContaining({ deadline: 'acknowledgement', daysOverdue: 0 })] }),
    ]);
    expect(JSON.stringify(res.json())).not.toContain('maintenance');
    expect((await request(w.t.app, w.admin, 'GET', '/api/disclosure/overdue')).statusCode).toBe(200);
    expect((await request(w.t.app, w.editor, 'GET', '/api/disclosure/overdue')).statusCode).toBe(403);
    expect((await w.t.app.inject({ method: 'GET', url: '/api/disclosure/overdue' })).statusCode).toBe(401);
  });

  it('a CSIRT analyst joins the overdue case; a manufacturer user cannot', async () => {
    expect((await request(w.t.app, w.colleague, 'POST', `/api/disclosure/cases/${filed.caseId}/join`)).statusCode).toBe(403);
    const res = await request(w.t.app, w.analyst, 'POST', `/api/disclosure/cases/${filed.caseId}/join`);
    expect(res.statusCode).toBe(200);
    expect(res.json().viewerRoles).toEqual(['coordinator']);
    expect((await request(w.t.app, w.analyst, 'GET', '/api/disclosure/overdue')).json().items[0].participating).toBe(true);
  });

  it('stops the acknowledgement notices once acknowledged; reminds 14 and 7 days before publication', async () => {
    at(8);
    const psirtStep = (body: object) => request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/steps`, body);
    expect((await psirtStep({ step: 'acknowledge' })).statusCode).toBe(200);
    expect((await psirtStep({ step: 'triage', vectors: ['CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'], affectedReleaseIds: [w.releases[0]!.id, w.releases[1]!.id] })).statusCode).toBe(200);
    const fired: [number, string[]][] = [];
    for (const day of [20, 75, 76, 82, 83, 89]) {
      at(day);
      fired.push([day, await tick()]);
    }
    expect(fired).toEqual([[20, []], [75, []], [76, ['publication-reminder']], [82, []], [83, ['publication-reminder']], [89, []]]);
  });

  it('iotspp disclosure tick sends the publication alert at the date given, once', () => {
    const env = { ...process.env, DATABASE_URL: w.t.store.url, SECRET_KEY: w.secretKey.toString('base64'), PUBLIC_URL: 'http://127.0.0.1:8080' };
    const run = (iso: string) => spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'iotspp.js'), 'disclosure', 'tick', '--at', iso, '--json'], { env, encoding: 'utf8' });
    const due = new Date(received + 90 * DAY + 60_000).toISOString();
    const first = run(due);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).sent.map((n: { kind: string; trackingId: string }) => [n.trackingId, n.kind])).toEqual([[filed.trackingId, 'publication-overdue']]);
    expect(JSON.parse(run(due).stdout).sent).toEqual([]);
  });

  it('once the publication date has passed, a coordinator publishes without a fix; the release shows the open advisory', async () => {
    at(91);
    const res = await request(w.t.app, w.analyst, 'POST', `/api/disclosure/cases/${filed.caseId}/advisory`, {
      title: 'Example Camera: hard-coded maintenance password (no fix yet)',
      summary: 'Example Camera firmware 1.4.0 and 1.4.1 accept a hard-coded maintenance password; the manufacturer has not released a fix.',
      description: 'A maintenance service on TCP port 2323 accepts the same password on every device and gives a root shell.',
      remediations: [{ category: 'workaround', details: 'Block TCP port 2323 on the local network.' }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fixAvailable: false });
    const release = (await w.t.app.inject({ method: 'GET', url: `/api/disclosure/products/${w.productId}/releases/${w.releases[1]!.id}/advisories` })).json();
    expect(release).toMatchObject({ status: 'affected-no-fix', updateTo: null, open: [{ fixedIn: null }] });
    expect(await tick()).toEqual([]); // published: nothing more is due
  });

  it('the PSIRT revises the advisory when the fix ships; the release then points to it', async () => {
    const res = await request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/advisory/revisions`, {
      summary: 'Fixed in firmware 1.4.2.',
      fixedReleaseIds: [w.releases[2]!.id],
      remediations: [{ category: 'vendor_fix', details: 'Update the firmware to 1.4.2.' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, fixAvailable: true });
    const release = (await w.t.app.inject({ method: 'GET', url: `/api/disclosure/products/${w.productId}/releases/${w.releases[1]!.id}/advisories` })).json();
    expect(release).toMatchObject({ status: 'affected-fix-available', updateTo: { version: '1.4.2' } });
    const doc = (await w.t.app.inject({ method: 'GET', url: res.json().url.replace('http://127.0.0.1:8080', '') })).json();
    expect(await mandatoryFailures(doc)).toEqual([]);
  });

  it("the server's timer sends due notices by the app's clock", async () => {
    const second = await fileAnonymousReport(w);
    at(91 + 6);
    const ctx = disclosureContext(w.t.app);
    const timer = startDeadlineTimer(ctx, 20, () => {});
    try {
      const deadline = Date.now() + 10_000;
      let kinds: string[] = [];
      while (Date.now() < deadline && kinds.length === 0) {
        await new Promise((r) => setTimeout(r, 50));
        kinds = (await w.t.store.db.selectFrom('disclosure_notices').select('kind').where('case_id', '=', second.caseId).execute()).map((n) => n.kind);
      }
      expect(kinds).toEqual(['acknowledgement-reminder']);
    } finally {
      timer.stop();
    }
  });
});
