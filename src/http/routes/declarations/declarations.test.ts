// Declarations and evidence over HTTP, on SQLite and PostgreSQL: the published schema, replacing and patching
// a release's declaration, refusal with pointers and hints leaving nothing half-written, evidence files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { request, type SignedIn } from '../../../../test/accounts.js';
import { dialects } from '../../../../test/stores.js';
import { declarationFile, productActors, productWithRelease, type ProductActors } from '../../../../test/products.js';
import { SCHEMA_DIR } from '../../../catalogs/bundle-paths.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

function upload(t: TestApp, as: SignedIn, productId: string, name: string, bytes: Buffer, type = 'application/octet-stream') {
  const boundary = '----iotspp-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({ method: 'POST', url: `/api/products/${productId}/evidence`, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': as.csrf }, cookies: { iotspp_session: as.cookie } });
}

describe.each(dialects)('declarations and evidence on %s', (dialect) => {
  let t: TestApp;
  let a: ProductActors;
  let productId: string;
  let releaseId: string;
  const clock = fixedClock();

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    a = await productActors(t, clock);
    ({ productId, releaseId } = await productWithRelease(t, a.editor));
  }, 120_000);
  afterAll(async () => t.close());

  it('publishes the declaration schema and a blank template that points at it', async () => {
    const schema = await t.app.inject({ method: 'GET', url: '/api/schemas/declaration.json' });
    expect(schema.statusCode).toBe(200);
    expect(schema.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(schema.body).toBe(readFileSync(resolve(SCHEMA_DIR, 'declaration.schema.json'), 'utf8'));
    const template = (await t.app.inject({ method: 'GET', url: '/api/schemas/declaration-template.json' })).json();
    expect(template.$schema).toBe('http://127.0.0.1:8080/api/schemas/declaration.json');
    expect(template.answers['B-AUTH-1']).toEqual({ title: 'No universal default passwords', status: 'unknown' });
  });

  it('replaces the declaration with a file, updating the release profile, and gives it back', async () => {
    const res = await request(t.app, a.editor, 'PUT', `/api/releases/${releaseId}/declaration`, declarationFile('unique-per-device'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ releaseId, revision: 2 });
    const release = (await request(t.app, a.colleague, 'GET', `/api/releases/${releaseId}`)).json();
    expect(release).toMatchObject({ passwords: 'unique-per-device', supportEnd: '2031-12-31', declarationRevision: 2, answered: 4 });
    const file = await request(t.app, a.colleague, 'GET', `/api/releases/${releaseId}/declaration?download=true`);
    expect(file.headers['content-disposition']).toBe('attachment; filename="lc-2-2.4.1-declaration.json"');
    expect(file.json()).toMatchObject({ format: 'iotspp-declaration/1', product: { model: 'LC-2', manufacturer: 'Lumen Devices Ltd' }, answers: { 'B-AUTH-6': { status: 'met' } } });
  });

  it('refuses a declaration with errors, each with its pointer and hint, and writes nothing', async () => {
    const before = (await request(t.app, a.editor, 'GET', `/api/releases/${releaseId}`)).json();
    const bad = declarationFile('unique-per-device', { answers: { 'B-AUTH-1': { status: 'not-applicable' }, 'B-AUTH-9': { status: 'met' } } });
    (bad.release as Record<string, unknown>).passwords = 'none';
    const res = await request(t.app, a.editor, 'PUT', `/api/releases/${releaseId}/declaration`, bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/release/passwords', hint: expect.stringContaining('unique-per-device') }),
        expect.objectContaining({ pointer: '/answers/B-AUTH-1/reason', hint: expect.stringContaining('not-applicable') }),
      ]),
    );
    const unknownItem = await request(t.app, a.editor, 'PUT', `/api/releases/${releaseId}/declaration`, declarationFile('unique-per-device', { answers: { 'B-AUTH-9': { status: 'met' } } }));
    expect(unknownItem.json().error.details).toEqual([{ pointer: '/answers/B-AUTH-9', message: expect.stringMatching(/^"B-AUTH-9" is not an item of baseline \d+\.\d+\.\d+$/), hint: expect.stringMatching(/^did you mean "B-AUTH-\d"\?$/) }]);
    const otherRelease = await request(t.app, a.editor, 'PUT', `/api/releases/${releaseId}/declaration`, { ...declarationFile('unique-per-device'), release: { version: '9.9' } });
    expect(otherRelease.json().error.details[0]).toMatchObject({ pointer: '/release/version' });
    const after = (await request(t.app, a.editor, 'GET', `/api/releases/${releaseId}`)).json();
    expect(after).toEqual(before);
  });

  it('patches answers, facts and follow-up answers; null removes one', async () => {
    const res = await request(t.app, a.editor, 'PATCH', `/api/releases/${releaseId}/declaration`, {
      answers: { 'B-VULN-1': null, 'B-UPD-1': { status: 'partly-met', reason: 'the radio firmware is not updatable' } },
      facts: { 'collects-telemetry': true },
      followUp: { 'uk-psti': { 'Sch1-3': { status: 'met' } } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json().declaration;
    expect(Object.keys(d.answers).sort()).toEqual(['B-AUTH-1', 'B-AUTH-6', 'B-UPD-1', 'B-UPD-5']);
    expect(d.facts).toEqual({ 'collects-telemetry': true });
    expect(d.followUp).toEqual({ 'uk-psti': { 'Sch1-3': { status: 'met' } } });
    const contradiction = await request(t.app, a.editor, 'PATCH', `/api/releases/${releaseId}/declaration`, { facts: { 'uses-passwords': false } });
    expect(contradiction.json().error.details[0]).toMatchObject({ pointer: '/facts/uses-passwords' });
    const cleared = await request(t.app, a.editor, 'PATCH', `/api/releases/${releaseId}/declaration`, { followUp: { 'uk-psti': null }, answers: { 'B-VULN-1': { status: 'met' } } });
    expect(cleared.json().declaration.followUp).toEqual({});
  });

  it('keeps declarations private and lets only the owning editor change them', async () => {
    expect((await request(t.app, a.rival, 'GET', `/api/releases/${releaseId}/declaration`)).statusCode).toBe(404);
    expect((await request(t.app, a.colleague, 'PATCH', `/api/releases/${releaseId}/declaration`, { answers: {} })).statusCode).toBe(403);
    expect((await request(t.app, a.rival, 'PUT', `/api/releases/${releaseId}/declaration`, declarationFile('unique-per-device'))).statusCode).toBe(404);
  });

  it('stores evidence files content-addressed, refusing other types and oversized files', async () => {
    const res = await upload(t, a.editor, productId, '../../etc/pentest report.pdf', PDF, 'text/html');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ name: 'pentest report.pdf', mediaType: 'application/pdf', size: PDF.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = await upload(t, a.editor, productId, 'copy.pdf', PDF);
    expect(again.json()).toMatchObject({ sha256: res.json().sha256, name: 'pentest report.pdf' });
    expect((await upload(t, a.editor, productId, 'tool.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]))).statusCode).toBe(415);
    const big = await upload(t, a.editor, productId, 'big.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    expect((await upload(t, a.colleague, productId, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(t, a.rival, productId, 'x.pdf', PDF)).statusCode).toBe(404);
    expect((await request(t.app, a.colleague, 'GET', `/api/products/${productId}/evidence`)).json().items).toHaveLength(1);
  });

  it('serves evidence only to the manufacturer, as an attachment that no browser renders', async () => {
    const [file] = (await request(t.app, a.colleague, 'GET', `/api/products/${productId}/evidence`)).json().items;
    const res = await request(t.app, a.colleague, 'GET', `/api/products/${productId}/evidence/${file.sha256}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="pentest report.pdf"; filename*=UTF-8''pentest%20report.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect((await request(t.app, a.rival, 'GET', `/api/products/${productId}/evidence/${file.sha256}`)).statusCode).toBe(404);
    expect((await request(t.app, null, 'GET', `/api/products/${productId}/evidence/${file.sha256}`)).statusCode).toBe(401);
  });

  it('accepts file evidence only when the file was uploaded for the product', async () => {
    const [file] = (await request(t.app, a.editor, 'GET', `/api/products/${productId}/evidence`)).json().items;
    const cite = (sha256: string) => ({ answers: { 'B-DEV-3': { status: 'met', evidence: [{ type: 'file', sha256, name: 'pentest report.pdf' }] } } });
    expect((await request(t.app, a.editor, 'PATCH', `/api/releases/${releaseId}/declaration`, cite(file.sha256))).statusCode).toBe(200);
    const missing = await request(t.app, a.editor, 'PATCH', `/api/releases/${releaseId}/declaration`, cite('0'.repeat(64)));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([expect.objectContaining({ pointer: '/answers/B-DEV-3/evidence/0/sha256' })]);
  });
});
