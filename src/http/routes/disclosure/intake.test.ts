// Intake and confidentiality, on SQLite and PostgreSQL: an anonymous report reaches the manufacturer's PSIRT and
// nobody else; the reporter follows it with the private link only; what is stored cannot be read without the
// key; abuse is limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { dialects } from '../../../../test/stores.js';
import { request } from '../../../../test/accounts.js';
import { createWorld, fileAnonymousReport, follow, REPORT, type World } from '../../../../test/disclosure/world.js';
import { disclosureSealer, SealError } from '../../../crypto/sealed-box.js';
import { contentPlace } from '../../../commands/disclosure/case-access.js';
import { deliverQueued, outboxRecipientPlace, type MailMessage } from '../../../commands/accounts/mail.js';
import { disclosureContext } from './context.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');

/** Every text value of every row of the disclosure tables and the outbox, as stored. */
async function rawRows(w: World): Promise<string> {
  const tables = ['disclosure_cases', 'disclosure_case_events', 'disclosure_attachments', 'outbox', 'audit_log'];
  const dumps: string[] = [];
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(w.t.store.db);
    dumps.push(JSON.stringify(rows.rows));
  }
  return dumps.join('\n');
}

describe.each(dialects)('disclosure intake on %s', (dialect) => {
  let w: World;
  let filed: { trackingId: string; token: string; caseId: string };

  beforeAll(async () => {
    w = await createWorld(dialect);
    filed = await fileAnonymousReport(w, {
      reporterEmail: 'finder@mail.example',
      attachments: [{ name: '../poc/screenshot.png', content: PNG.toString('base64') }, { name: 'exploit.sh', content: Buffer.from('#!/bin/sh\necho ec200maint | nc camera 2323\n').toString('base64') }],
    });
  }, 120_000);
  afterAll(async () => w.t.close());

  it('gives the reporter a tracking id and a private link whose token is not stored', async () => {
    expect(filed.trackingId).toMatch(/^VR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(filed.token.length).toBeGreaterThanOrEqual(43);
    expect(await rawRows(w)).not.toContain(filed.token);
  });

  it("reaches the manufacturer's PSIRT", async () => {
    const list = await request(w.t.app, w.psirt, 'GET', '/api/disclosure/cases');
    expect(list.json().items.map((c: { trackingId: string; title: string }) => [c.trackingId, c.title])).toEqual([[filed.trackingId, REPORT.title]]);
    const res = await request(w.t.app, w.psirt, 'GET', `/api/disclosure/cases/${filed.caseId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().content).toMatchObject({ description: REPORT.description, reporterEmail: 'finder@mail.example' });
    expect(res.json().attachments.map((a: { name: string; mediaType: string }) => [a.name, a.mediaType])).toEqual([
      ['screenshot.png', 'image/png'],
      ['exploit.sh', 'text/plain'],
    ]);
  });

  it('and nobody else: not the manufacturer editor, a colleague, an administrator, an uninvited CSIRT analyst or another researcher', async () => {
    for (const who of [w.editor, w.colleague, w.admin, w.analyst, w.researcher]) {
      const res = await request(w.t.app, who, 'GET', `/api/disclosure/cases/${filed.caseId}`);
      expect([who.email, res.statusCode, res.json().error.code]).toEqual([who.email, 404, 'case_not_found']);
      expect((await request(w.t.app, who, 'GET', '/api/disclosure/cases')).json().items).toEqual([]);
      const attachment = await request(w.t.app, who, 'GET', `/api/disclosure/cases/${filed.caseId}/attachments/x`);
      expect(attachment.statusCode).toBe(404);
    }
    expect((await w.t.app.inject({ method: 'GET', url: `/api/disclosure/cases/${filed.caseId}` })).statusCode).toBe(401);
  });

  it('tells the PSIRT by mail without any detail of the report', async () => {
    const mails = await w.t.store.db.selectFrom('outbox').selectAll().where('purpose', '=', 'disclosure').execute();
    // The anonymous reporter's address is sealed in the outbox like in the case; the key opens it for delivery.
    const recipients = mails.map((m) => m.to_address ?? disclosureSealer(w.secretKey).open(m.to_sealed!, outboxRecipientPlace(m.id)));
    expect(recipients.sort()).toEqual(['finder@mail.example', 'psirt@devices.example']);
    const toReporter = mails.find((m) => m.to_address === null)!;
    expect(toReporter).toMatchObject({ user_id: null, to_sealed: expect.stringMatching(/^v1\./) });
    // With SMTP, delivery opens the sealed address with the disclosure key, so the reporter still hears.
    const sent: MailMessage[] = [];
    await deliverQueued({ ...disclosureContext(w.t.app), mailer: { send: async (m) => void sent.push(m) } }, [toReporter.id]);
    expect(sent).toEqual([expect.objectContaining({ to: 'finder@mail.example', subject: toReporter.subject })]);
    // Administrators reading the outbox see that the recipient is sealed, never who it is.
    const page = await request(w.t.app, w.admin, 'GET', '/api/admin/outbox?limit=100');
    expect(page.json().items.find((m: { id: string }) => m.id === toReporter.id)).toMatchObject({ to: null, recipientSealed: true });
    expect(page.body).not.toContain('finder@mail.example');
    for (const m of mails) {
      expect(m.subject).toContain(filed.trackingId);
      for (const secret of [REPORT.description, REPORT.steps, 'ec200maint', filed.token]) expect(m.body).not.toContain(secret);
    }
  });

  it('the reporter follows the case with the link only', async () => {
    const res = await follow(w, filed.token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ trackingId: filed.trackingId, state: 'received', content: { title: REPORT.title }, viewerRoles: ['reporter'] });
    const attachment = res.json().attachments[0];
    const download = await follow(w, filed.token, 'GET', `/api/disclosure/follow/attachments/${attachment.id}`);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="screenshot.png"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a wrong or missing token, and slows down guessing', async () => {
    expect((await w.t.app.inject({ method: 'GET', url: '/api/disclosure/follow' })).statusCode).toBe(400);
    const wrong = await follow(w, randomBytes(32).toString('base64url'));
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'invalid_token']);
    const address = { remoteAddress: '198.51.100.7' };
    let last = 0;
    for (let i = 0; i < 22; i++) {
      last = (await w.t.app.inject({ method: 'GET', url: '/api/disclosure/follow', headers: { 'x-case-token': `guess-${i}-${'x'.repeat(40)}` }, ...address })).statusCode;
    }
    expect(last).toBe(429);
  });

  it('stores nothing readable: report, reporter email, attachment names and bytes are sealed', async () => {
    const raw = await rawRows(w);
    for (const plain of [REPORT.description, REPORT.steps, REPORT.title, 'Alex Finder', 'screenshot.png', 'ec200maint', PNG.toString('base64'), 'finder@mail.example']) {
      expect(raw, plain).not.toContain(plain);
    }
  });

  it('cannot be opened without the key, opens with it, and not in another place', async () => {
    const row = await w.t.store.db.selectFrom('disclosure_cases').select(['content_sealed']).where('id', '=', filed.caseId).executeTakeFirstOrThrow();
    expect(() => disclosureSealer(randomBytes(32)).open(row.content_sealed, contentPlace(filed.caseId))).toThrow(SealError);
    expect(() => disclosureSealer(w.secretKey).open(row.content_sealed, contentPlace('another-case'))).toThrow(SealError);
    expect(JSON.parse(disclosureSealer(w.secretKey).open(row.content_sealed, contentPlace(filed.caseId))).description).toBe(REPORT.description);
  });

  it('a signed-in researcher finds the report under their account too', async () => {
    const res = await request(w.t.app, w.researcher, 'POST', '/api/disclosure/reports', { productId: w.productId, ...REPORT, title: 'Second finding by account' });
    expect(res.statusCode).toBe(201);
    const mine = (await request(w.t.app, w.researcher, 'GET', '/api/disclosure/cases')).json().items;
    expect(mine.map((c: { title: string; viewerRoles: string[] }) => [c.title, c.viewerRoles])).toEqual([['Second finding by account', ['reporter']]]);
  });

  it('refuses unknown products, bad attachments and robots, pointing at each problem', async () => {
    const post = (payload: Record<string, unknown>, remoteAddress = '192.0.2.50') =>
      w.t.app.inject({ method: 'POST', url: '/api/disclosure/reports', payload: { productId: w.productId, ...REPORT, ...payload }, remoteAddress });
    expect((await post({ productId: 'no-such-product' })).json().error.code).toBe('product_not_registered');
    const exe = await post({ attachments: [{ name: 'tool.exe', content: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0]).toString('base64') }] });
    expect([exe.statusCode, exe.json().error.details[0].pointer]).toEqual([400, 'body/attachments/0']);
    const notBase64 = await post({ attachments: [{ name: 'a.txt', content: 'not base64!' }] });
    expect(notBase64.json().error.details[0].pointer).toBe('body/attachments/0/content');
    const tooMany = await post({ attachments: Array.from({ length: 4 }, () => ({ name: 'a.txt', content: 'aGk=' })) });
    expect(tooMany.statusCode).toBe(400);
    const robot = await post({ homepage: 'http://spam.example' });
    expect(robot.json().error.details[0].pointer).toBe('body/homepage');
    const short = await post({ description: 'short' });
    expect(short.json().error.details[0].pointer).toBe('body/description');
  });

  it('limits anonymous reports per address, in the store (five, then a wait that the clock ends)', async () => {
    const post = (remoteAddress: string) => w.t.app.inject({ method: 'POST', url: '/api/disclosure/reports', payload: { productId: w.productId, ...REPORT }, remoteAddress });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await post('203.0.113.9');
      codes.push(res.statusCode);
      if (res.statusCode === 429) expect(res.headers['retry-after']).toBe('900');
    }
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await post('203.0.113.10')).statusCode).toBe(201); // another address is not affected
    w.clock.advance(15 * 60_000 + 1000);
    expect((await post('203.0.113.9')).statusCode).toBe(201);
  });
});
