// The point-of-sale renderings: the QR code decodes to the short URL, the artwork carries the facts a shopper
// needs and says them in its accessible name, and the page says the status first, in three languages.
import { describe, expect, it } from 'vitest';
import { decodeQrPng } from '../../test/labels/decode-qr.js';
import { buildLabelPayload } from '../domain/labels/payload.js';
import { labelFacts } from '../domain/labels/label-fixture.test-support.js';
import { FRESH_STATE, type LabelState } from '../domain/labels/status.js';
import { labelArtworkSvg } from './artwork.js';
import { qrMatrix, qrPng, qrSvg } from './qr.js';
import { renderLabelPage, type LabelPageView } from './page.js';
import { LABEL_CSS } from './stylesheet.js';

const payload = buildLabelPayload(labelFacts(), new Date('2026-11-23T12:00:00Z'));

function view(overrides: Partial<LabelPageView> = {}): LabelPageView {
  return {
    payload,
    jws: 'eyJhbGciOiJFZERTQSJ9.eyJ9.c2ln',
    status: 'valid',
    state: FRESH_STATE,
    language: 'en',
    links: { page: '/l/a1b2c3d4e5', jws: '/l/a1b2c3d4e5.jws', json: '/api/labels/a1b2c3d4e5', jwks: 'https://iotspp.example.org/.well-known/jwks.json', qrSvg: '/l/a1b2c3d4e5/qr.svg', artwork: '/l/a1b2c3d4e5/label.svg', stylesheet: '/l/label.css?v=1', registry: '/labels', newer: null },
    advisories: null,
    ...overrides,
  };
}

describe('QR code', () => {
  it('as PNG decodes to the short URL and nothing else', async () => {
    expect(decodeQrPng(await qrPng(payload.url))).toBe('https://iotspp.example.org/l/a1b2c3d4e5');
  });

  it('as SVG draws exactly the dark modules of the code, with a title', () => {
    const svg = qrSvg(payload.url, 'QR code for the label');
    expect(svg).toContain('<title id="qr-title">QR code for the label</title>');
    const m = qrMatrix(payload.url);
    let dark = 0;
    for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.dark(x, y)) dark++;
    const drawn = [...svg.matchAll(/h(\d+)v1h-\d+z/g)].reduce((n, r) => n + Number(r[1]), 0);
    expect(drawn).toBe(dark);
  });
});

describe('label artwork', () => {
  it('shows the support date, the contact, the conformance summary and the QR code, accessibly', () => {
    const svg = labelArtworkSvg({ payload, status: 'valid', language: 'en' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="label-title label-desc"/);
    expect(svg).toContain('<title id="label-title">Trusted IoT label: Demo Camera DC-100</title>');
    expect(svg).toContain('Demo Camera DC-100 gets security updates until 31 March 2029. Report a vulnerability: https://demo-devices.example/security. Meets 2 of 2 frameworks assessed. Scan or visit https://iotspp.example.org/l/a1b2c3d4e5.');
    for (const shown of ['Security updates until', '31 March 2029', 'Report a vulnerability', 'Meets 2 of 2 frameworks assessed', '✓ ETSI EN 303 645 V3.1.3', 'iotspp.example.org/l/a1b2c3d4e5']) expect(svg).toContain(shown);
    expect(svg).not.toContain('WITHDRAWN');
  });

  it('speaks the visitor\'s language, escapes what the manufacturer wrote, and marks a withdrawn label', () => {
    const tricky = buildLabelPayload(labelFacts({ product: { id: 'p', name: 'Cam <script>&"', model: null, category: 'camera' } }), new Date('2026-11-23T12:00:00Z'));
    const svg = labelArtworkSvg({ payload: tricky, status: 'withdrawn', language: 'fr' });
    expect(svg).toContain('Cam &lt;script&gt;&amp;&quot;');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('LABEL RETIRÉ');
    expect(svg).toContain('31 mars 2029');
  });
});

describe('label page', () => {
  it('puts the status first, in plain words, and offers the signed label and how to verify it', () => {
    const html = renderLabelPage(view());
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    const status = html.indexOf('This device gets security updates until 31 March 2029.');
    expect(status).toBeGreaterThan(0);
    expect(status).toBeLessThan(html.indexOf('What the manufacturer states'));
    expect(html).toContain('<pre class="jws">eyJhbGciOiJFZERTQSJ9.eyJ9.c2ln</pre>');
    expect(html).toContain('npx iotspp label verify https://iotspp.example.org/l/a1b2c3d4e5');
    expect(html).toContain('href="/l/a1b2c3d4e5.jws" download="label-a1b2c3d4e5.jws"');
    expect(html).not.toMatch(/<script|style=|<style/);
  });

  it('shows a withdrawal with its reason, date and note, and a newer label when superseded', () => {
    const withdrawn: LabelState = { withdrawal: { at: '2027-05-02T09:00:00Z', reason: 'false-claim', note: 'Passwords are not unique.' }, supersededBy: null };
    const html = renderLabelPage(view({ status: 'withdrawn', state: withdrawn, language: 'es' }));
    expect(html).toContain('<title>Etiqueta retirada: Demo Camera DC-100 de Demo Devices Ltd: etiqueta Trusted IoT</title>');
    expect(html).toContain('Esta etiqueta se retiró el 2 de mayo de 2027: se comprobó que una de sus afirmaciones era falsa.');
    expect(html).toContain('Passwords are not unique.');
    const superseded: LabelState = { withdrawal: null, supersededBy: { labelId: 'b1b2c3d4e5', releaseVersion: '3.0.0', at: '2027-01-01T00:00:00Z' } };
    const newer = renderLabelPage(view({ status: 'superseded', state: superseded, links: { ...view().links, newer: '/l/b1b2c3d4e5' } }));
    expect(newer).toContain('Release 3.0.0 of this product has a newer label.');
    expect(newer).toContain('<a href="/l/b1b2c3d4e5">See the newer label</a>');
  });

  it('lists open advisories and the release to update to, when disclosure can tell', () => {
    const advisory = { trackingId: 'IOTSPP-2027-0001', title: 'Weak session tokens', cve: 'CVE-2027-0001', baseScore: 7.5, severity: 'high', url: '/advisories/x', publishedAt: '2027-01-01', affectedReleaseIds: ['rel-1'], fixedReleaseIds: ['rel-2'] };
    const html = renderLabelPage(view({ advisories: { releaseId: 'rel-1', status: 'affected-fix-available', open: [{ advisory, fixedIn: { id: 'rel-2', version: '2.5.0' } }], updateTo: { id: 'rel-2', version: '2.5.0' } } }));
    expect(html).toContain('IOTSPP-2027-0001</a>: Weak session tokens');
    expect(html).toContain('fixed in release 2.5.0');
    expect(html).toContain('Update to release 2.5.0 to fix them.');
    expect(renderLabelPage(view({ advisories: { releaseId: 'rel-1', status: 'not-affected', open: [], updateTo: null } }))).toContain('No published advisory names this release.');
  });

  it('weighs well under 30 KB with its stylesheet and QR code', () => {
    const bytes = Buffer.byteLength(renderLabelPage(view({ jws: 'x'.repeat(2000) }))) + Buffer.byteLength(LABEL_CSS) + Buffer.byteLength(qrSvg(payload.url, 'QR'));
    expect(bytes).toBeLessThan(30 * 1024);
  });
});
