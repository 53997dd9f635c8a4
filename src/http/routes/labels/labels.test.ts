// Labels through the HTTP API on SQLite and PostgreSQL: issue -> verify, the public page (status first, three
// languages, strict CSP, under 30 KB), the QR code leading to it, withdrawal shown on the page, in the API and in
// online verification, supersession by a newer release, the end of support, key rotation, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { request, setupAdministrator, type SignedIn } from '../../../../test/accounts.js';
import { decodeQrPng } from '../../../../test/labels/decode-qr.js';
import { declaredRelease, makerWithEditor, type Maker } from '../../../../test/labels/products.js';
import { memoryKeyring, type LabelKeyring } from '../../../labels-crypto/keyring.js';
import { parseJwks } from '../../../labels-crypto/jwks.js';
import { verifyLabel } from '../../../labels-crypto/verify-label.js';
import { verifyLabelSource } from '../../../commands/labels/verify-label-source.js';
import { listAuditEntries } from '../../../db/repositories/audit-log.js';
import { openStore } from '../../../db/connect.js';
import { parseDatabaseUrl } from '../../../db/database-url.js';
import { withdrawLabel } from '../../../commands/labels/withdraw-label.js';

function ok(res: LightMyRequestResponse, status = 200): LightMyRequestResponse {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res;
}

describe.each(dialects)('labels (%s)', (dialect) => {
  let t: TestApp;
  let keys: LabelKeyring;
  let admin: SignedIn;
  let maker: Maker;
  let other: Maker;
  const clock = fixedClock('2026-11-23T12:00:00.000Z');
  let first: { id: string; jws: string };
  let releaseIds: { v1: string; v2: string; old: string };

  /** A fetch that answers from the app, for online verification without a network. */
  const appFetch = (async (url: string | URL, init?: RequestInit) => {
    const u = new URL(String(url));
    const res = await t.app.inject({ method: 'GET', url: `${u.pathname}${u.search}`, headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return new Response(res.rawPayload, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type'] ?? '') } });
  }) as typeof fetch;

  const jwks = async () => parseJwks(ok(await t.app.inject({ url: '/.well-known/jwks.json' })).json());

  beforeAll(async () => {
    keys = await memoryKeyring(clock.now());
    t = await createTestApp(dialect, { clock, deps: { labelKeys: keys } });
    admin = await setupAdministrator(t, clock);
    maker = await makerWithEditor(t, clock, admin, 'Lumen Devices', 'editor@lumen.example');
    other = await makerWithEditor(t, clock, admin, 'Other Things', 'editor@other.example');
    const v1 = await declaredRelease(t, clock, maker, { version: '2.4.0', releaseDate: '2026-10-01', supportEnd: '2029-03-31' });
    const v2 = await declaredRelease(t, clock, maker, { product: v1.product, version: '2.5.0', releaseDate: '2026-11-01', supportEnd: '2029-12-31' });
    const old = await declaredRelease(t, clock, maker, { name: 'Lumen speaker', model: 'LS-1', category: 'speaker', version: '1.0.0', releaseDate: '2025-01-01', supportEnd: '2027-01-31', frameworks: ['uk-psti'], notMet: ['B-VULN-1'] });
    releaseIds = { v1: v1.release.id, v2: v2.release.id, old: old.release.id };
  }, 180_000);
  afterAll(async () => t?.close());

  it('issue -> verify: a manufacturer editor issues a label that verifies with the published keys', async () => {
    const res = ok(await request(t.app, maker.editor, 'POST', `/api/releases/${releaseIds.v1}/labels`, {}), 201);
    const label = res.json();
    first = { id: label.id, jws: label.jws };
    expect(label).toMatchObject({ status: 'valid', url: `http://127.0.0.1:8080/l/${label.id}`, statusText: { sentence: 'This device gets security updates until 31 March 2029.' } });
    expect(label.claims).toMatchObject({ iss: 'http://127.0.0.1:8080', manufacturer: { id: maker.organisationId, name: 'Lumen Devices' }, product: { name: 'Lumen camera', model: 'LC-2', category: 'camera' }, release: { version: '2.4.0' }, supportEnd: '2029-03-31', updateMechanism: 'automatic-over-network', passwords: 'unique-per-device', disclosureContact: 'https://maker.example/security' });
    expect(label.claims.conformance.map((c: { framework: string; verdict: string; assessmentType: string }) => `${c.framework} ${c.verdict} ${c.assessmentType}`).sort()).toEqual(['etsi-en-303-645 conforms self-declared', 'uk-psti conforms self-declared']);
    expect(new Date(label.claims.exp * 1000).toISOString()).toBe('2029-04-01T00:00:00.000Z');
    const verified = await verifyLabel(label.jws, await jwks(), { now: clock.now() });
    expect(verified).toMatchObject({ valid: true, reason: 'ok' });
    expect(verified.claims).toEqual(label.claims);
    const audit = await listAuditEntries(t.store.db, { order: 'desc', limit: 5 });
    expect(audit.find((e) => e.action === 'label.issue')).toMatchObject({ actor: `user:${maker.editor.userId}`, subject: `label:${label.id}` });
  });

  it('serves the page from the short URL: status first, in plain words, without scripts, under strict CSP and 30 KB', async () => {
    const res = ok(await t.app.inject({ url: `/l/${first.id}` }));
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(res.headers['content-security-policy'])).toMatch(/script-src 'self'/);
    expect(String(res.headers['content-security-policy'])).toMatch(/style-src 'self'/);
    const html = res.body;
    expect(html).toContain('<h2 id="status-h">Valid label</h2><p class="sentence">This device gets security updates until 31 March 2029.</p>');
    expect(html).not.toMatch(/<script|<style|style=/);
    expect(html).toContain(first.jws);
    const css = ok(await t.app.inject({ url: html.match(/href="(\/l\/label\.css\?v=[0-9a-f]+)"/)![1]! }));
    const qr = ok(await t.app.inject({ url: `/l/${first.id}/qr.svg` }));
    expect(Buffer.byteLength(html) + css.rawPayload.length + qr.rawPayload.length).toBeLessThan(30 * 1024);
    expect(html).toContain('<h2 id="adv-h">Known vulnerabilities</h2><p>No published advisory names this release.</p>');
  });

  it('speaks French and Spanish from ?lang= or Accept-Language', async () => {
    const fr = ok(await t.app.inject({ url: `/l/${first.id}?lang=fr` }));
    expect(fr.body).toMatch(/^<!doctype html><html lang="fr">/);
    expect(fr.body).toContain('Cet appareil reçoit des mises à jour de sécurité jusqu’au 31 mars 2029.');
    const es = ok(await t.app.inject({ url: `/l/${first.id}`, headers: { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' } }));
    expect(es.headers['content-language']).toBe('es');
    expect(es.body).toContain('Este dispositivo recibe actualizaciones de seguridad hasta el 31 de marzo de 2029.');
    expect(String(es.headers.vary)).toMatch(/Accept-Language/);
  });

  it('serves the signed label, the QR code that opens the page, and the printable artwork', async () => {
    expect(ok(await t.app.inject({ url: `/l/${first.id}.jws` })).body).toBe(first.jws);
    const jose = ok(await t.app.inject({ url: `/l/${first.id}`, headers: { accept: 'application/jose' } }));
    expect(jose.headers['content-type']).toMatch(/^application\/jose/);
    expect(jose.body).toBe(first.jws);
    const png = ok(await t.app.inject({ url: `/l/${first.id}/qr.png` }));
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodeQrPng(png.rawPayload)).toBe(`http://127.0.0.1:8080/l/${first.id}`);
    const art = ok(await t.app.inject({ url: `/l/${first.id}/label.svg?lang=es` }));
    expect(art.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(art.body).toContain('31 de marzo de 2029');
    expect(art.body).toContain(`127.0.0.1:8080/l/${first.id}`);
    expect(ok(await t.app.inject({ url: `/l/${first.id.toUpperCase()}` })).body).toContain('Valid label');
    const missing = await t.app.inject({ url: '/l/zzzzzzzzzz', headers: { 'accept-language': 'fr' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Label introuvable');
    expect((await t.app.inject({ url: '/l/zzzzzzzzzz.jws' })).statusCode).toBe(404);
  });

  it('verifies online from the URL alone, as `iotspp label verify URL` does', async () => {
    const r = await verifyLabelSource({ label: `http://127.0.0.1:8080/l/${first.id}`, jwks: null, online: null, now: clock.now(), fetch: appFetch });
    expect(r).toMatchObject({ valid: true, reason: 'ok', status: 'valid', online: 'checked', source: { jwks: 'http://127.0.0.1:8080/.well-known/jwks.json' } });
  });

  it('lets only the manufacturer\'s editors issue, and refuses a release a buyer could not rely on', async () => {
    expect((await request(t.app, other.editor, 'POST', `/api/releases/${releaseIds.v1}/labels`, {})).json().error.code).toBe('release_not_found');
    expect((await request(t.app, admin, 'POST', `/api/releases/${releaseIds.v1}/labels`, {})).json().error.code).toBe('forbidden');
    expect((await request(t.app, null, 'POST', `/api/releases/${releaseIds.v1}/labels`, {})).json().error.code).toBe('unauthenticated');
    const unsupported = await declaredRelease(t, clock, maker, { name: 'Lumen plug', model: 'LP-1', category: 'appliance', version: '0.9.0', releaseDate: '2026-09-01', supportEnd: null, frameworks: ['uk-psti'] });
    const res = await request(t.app, maker.editor, 'POST', `/api/releases/${unsupported.release.id}/labels`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', details: [expect.objectContaining({ pointer: 'supportEnd', message: 'the release states no end of security support' })] });
    const unknown = await request(t.app, maker.editor, 'POST', `/api/releases/${releaseIds.v1}/labels`, { frameworks: ['no-such-framework'] });
    expect(unknown.json().error.code).toBe('validation_failed');
    const tooLong = await request(t.app, maker.editor, 'POST', `/api/releases/${releaseIds.v1}/labels`, { validUntil: '2030-01-01' });
    expect(tooLong.json().error.details[0]).toMatchObject({ pointer: 'validUntil', message: 'after the end of support (2029-03-31)' });
  });

  it('supersedes a label when a newer release gets one; the old page points to it', async () => {
    clock.advance(60_000);
    const newer = ok(await request(t.app, maker.editor, 'POST', `/api/releases/${releaseIds.v2}/labels`, { frameworks: ['uk-psti'] }), 201).json();
    const old = ok(await t.app.inject({ url: `/api/labels/${first.id}` })).json();
    expect(old).toMatchObject({ status: 'superseded', supersededBy: { labelId: newer.id, releaseVersion: '2.5.0', url: `http://127.0.0.1:8080/l/${newer.id}` } });
    const page = ok(await t.app.inject({ url: `/l/${first.id}` })).body;
    expect(page).toContain('Release 2.5.0 of this product has a newer label.');
    expect(page).toContain(`<a href="/l/${newer.id}">See the newer label</a>`);
    expect(await verifyLabel(first.jws, await jwks(), { now: clock.now(), online: { status: 'superseded', withdrawal: null } })).toMatchObject({ valid: true, status: 'superseded' });
  });

  it('withdrawal (administrators only) shows on the page, in the API and in online verification', async () => {
    clock.advance(60_000);
    const speaker = ok(await request(t.app, maker.editor, 'POST', `/api/releases/${releaseIds.old}/labels`, {}), 201).json();
    expect(speaker.claims.conformance).toEqual([]);
    expect((await request(t.app, maker.editor, 'POST', `/api/labels/${speaker.id}/withdrawal`, { reason: 'false-claim' })).json().error.code).toBe('forbidden');
    expect((await request(t.app, admin, 'POST', `/api/labels/${speaker.id}/withdrawal`, { reason: 'other' })).json().error.code).toBe('validation_failed');
    // Served (and so kept by the server) before the withdrawal, in two languages...
    expect(ok(await t.app.inject({ url: `/l/${speaker.id}` })).body).toContain('<h2 id="status-h">Valid label</h2>');
    expect(ok(await t.app.inject({ url: `/l/${speaker.id}?lang=fr` })).body).toContain('<h2 id="status-h">Label valide</h2>');
    expect(ok(await t.app.inject({ url: `/api/labels/${speaker.id}` })).json()).toMatchObject({ status: 'valid', withdrawal: null });
    clock.advance(5 * 60_000);
    const withdrawn = ok(await request(t.app, admin, 'POST', `/api/labels/${speaker.id}/withdrawal`, { reason: 'unfixed-vulnerability', note: 'Remote code execution left unfixed for 120 days.' })).json();
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawal: { at: clock.now().toISOString(), reason: 'unfixed-vulnerability', note: 'Remote code execution left unfixed for 120 days.' } });
    expect((await request(t.app, admin, 'POST', `/api/labels/${speaker.id}/withdrawal`, { reason: 'other', note: 'again' })).json().error.code).toBe('conflict');

    const page = ok(await t.app.inject({ url: `/l/${speaker.id}` })).body;
    expect(page).toContain('<section class="status status-bad" aria-labelledby="status-h"><h2 id="status-h">Label withdrawn</h2>');
    expect(page).toContain('This label was withdrawn on 23 November 2026: a serious vulnerability was left unfixed.');
    expect(page).toContain('Remote code execution left unfixed for 120 days.');
    // ...and withdrawn on the very next view.
    expect(ok(await t.app.inject({ url: `/l/${speaker.id}?lang=fr` })).body).toContain('<h2 id="status-h">Label retiré</h2>');
    expect(ok(await t.app.inject({ url: `/api/labels/${speaker.id}` })).json()).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'unfixed-vulnerability' } });
    expect(ok(await t.app.inject({ url: `/api/labels/${speaker.id}/status` })).json()).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'unfixed-vulnerability' } });
    expect(ok(await t.app.inject({ url: `/l/${speaker.id}/label.svg` })).body).toContain('LABEL WITHDRAWN');

    // Offline, the signature alone still holds; online, the withdrawal is caught.
    expect(await verifyLabel(speaker.jws, await jwks(), { now: clock.now() })).toMatchObject({ valid: true });
    const online = await verifyLabelSource({ label: `http://127.0.0.1:8080/l/${speaker.id}`, jwks: null, online: null, now: clock.now(), fetch: appFetch });
    expect(online).toMatchObject({ valid: false, reason: 'withdrawn', online: 'checked', message: 'The issuer withdrew this label on 2026-11-23 (unfixed-vulnerability: Remote code execution left unfixed for 120 days.).' });
    const audit = await listAuditEntries(t.store.db, { order: 'desc', limit: 3 });
    expect(audit.find((e) => e.action === 'label.withdraw')).toMatchObject({ actor: `user:${admin.userId}`, subject: `label:${speaker.id}` });
  });

  it('lists labelled products in the public registry: search, filters, pages and CSV', async () => {
    const all = ok(await t.app.inject({ url: '/api/labels' })).json();
    expect(all.total).toBe(3);
    expect(all.items.map((l: { release: { version: string }; status: string }) => `${l.release.version} ${l.status}`)).toEqual(['1.0.0 withdrawn', '2.5.0 valid', '2.4.0 superseded']);
    const q = async (qs: string) => ok(await t.app.inject({ url: `/api/labels?${qs}` })).json();
    expect((await q('status=valid')).items.map((l: { release: { version: string } }) => l.release.version)).toEqual(['2.5.0']);
    expect((await q('status=valid&status=superseded')).total).toBe(2);
    expect((await q('framework=etsi-en-303-645')).items.map((l: { id: string }) => l.id)).toEqual([first.id]);
    expect((await q('category=speaker')).total).toBe(1);
    expect((await q('q=lumen%20LS-1')).total).toBe(1);
    expect((await q(`manufacturer=${other.organisationId}`)).total).toBe(0);
    const paged = await q('limit=1&offset=1');
    expect(paged).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(paged.items).toHaveLength(1);
    expect((await t.app.inject({ url: '/api/labels?status=bogus' })).statusCode).toBe(400);
    expect(ok(await t.app.inject({ url: '/api/labels/manufacturers' })).json().items).toEqual([{ id: maker.organisationId, name: 'Lumen Devices' }]);

    const csv = ok(await t.app.inject({ url: '/api/labels.csv?status=valid&status=superseded' }));
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('label,url,status,manufacturer,product,model,category,release,security updates until,issued,label expires,conforms to,other claims');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`${first.id},http://127.0.0.1:8080/l/${first.id},superseded,Lumen Devices,Lumen camera,LC-2,camera,2.4.0,2029-03-31`);
  });

  it('shows the registry as a page that works without JavaScript, in the visitor\'s language', async () => {
    const page = ok(await t.app.inject({ url: '/labels?status=valid&status=superseded&lang=fr' }));
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toMatch(/^<!doctype html><html lang="fr">/);
    expect(page.body).toContain('<caption id="results-caption">2 labels</caption>');
    expect(page.body).toContain(`<a href="/l/${first.id}?lang=fr">Lumen camera LC-2</a>`);
    expect(page.body).toContain('<option value="valid" selected>Valide</option>');
    expect(page.body).toContain('href="/api/labels.csv?status=valid&amp;status=superseded"');
    expect(page.body).not.toMatch(/<script|<style|style=/);
    // Filter values nobody offers are dropped, not refused: the page shows everything.
    expect(ok(await t.app.inject({ url: '/labels?status=bogus&category=spaceship' })).body).toContain('3 labels');
    expect(ok(await t.app.inject({ url: '/labels?framework=etsi-en-303-645' })).body).toContain('1 label<');
  });

  it('after key rotation, old labels still verify against the published keys and new ones carry the new key', async () => {
    const rotation = await keys.rotate();
    const set = await jwks();
    expect(set.keys.map((k) => k.kid)).toEqual([rotation.currentKid, rotation.previousKid]);
    expect(await verifyLabel(first.jws, set, { now: clock.now() })).toMatchObject({ valid: true, kid: rotation.previousKid });
    const other = await declaredRelease(t, clock, maker, { name: 'Lumen doorbell', model: 'LD-1', category: 'camera', version: '1.0.0', releaseDate: '2026-11-20', supportEnd: '2030-06-30', frameworks: ['uk-psti'] });
    const fresh = ok(await request(t.app, maker.editor, 'POST', `/api/releases/${other.release.id}/labels`, {}), 201).json();
    expect(fresh.kid).toBe(rotation.currentKid);
    expect(await verifyLabel(fresh.jws, set, { now: clock.now() })).toMatchObject({ valid: true, kid: rotation.currentKid });
  });

  it('shows when support has ended, and the registry filters on it as time passes', async () => {
    clock.set('2029-04-01T00:00:00.000Z');
    const page = ok(await t.app.inject({ url: `/l/${first.id}` })).body;
    expect(page).toContain('<h2 id="status-h">Security updates have ended</h2><p class="sentence">This device stopped getting security updates on 31 March 2029.');
    expect((await verifyLabel(first.jws, await jwks(), { now: clock.now() })).reason).toBe('expired');
    const ended = ok(await t.app.inject({ url: '/api/labels?status=support-ended' })).json();
    expect(ended.items.map((l: { id: string }) => l.id)).toContain(first.id);
    clock.set('2026-11-24T12:00:00.000Z');
  });

  it('shows a withdrawal made elsewhere (the command line, another process) on the very next view of a page it served', async () => {
    const { items } = ok(await t.app.inject({ url: '/api/labels?q=doorbell' })).json();
    const id = items[0].id as string;
    expect(ok(await t.app.inject({ url: `/l/${id}` })).body).toContain('<h2 id="status-h">Valid label</h2>');
    expect(ok(await t.app.inject({ url: `/api/labels/${id}` })).json().status).toBe('valid');
    // Another connection to the same store, as `iotspp label withdraw` run beside the server would have: the app
    // is not told, and must see it anyway.
    const elsewhere = openStore(parseDatabaseUrl(t.store.url));
    try {
      await withdrawLabel({ store: elsewhere, clock, keys: null, publicUrl: 'http://127.0.0.1:8080' }, 'cli', id, { reason: 'manufacturer-request', note: '' });
    } finally {
      await elsewhere.close();
    }
    expect(ok(await t.app.inject({ url: `/l/${id}` })).body).toContain('<h2 id="status-h">Label withdrawn</h2>');
    expect(ok(await t.app.inject({ url: `/api/labels/${id}` })).json()).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'manufacturer-request' } });
    expect(ok(await t.app.inject({ url: `/api/labels/${id}/status` })).json().status).toBe('withdrawn');
    expect(ok(await t.app.inject({ url: `/l/${id}/label.svg` })).body).toContain('LABEL WITHDRAWN');
  });
});
