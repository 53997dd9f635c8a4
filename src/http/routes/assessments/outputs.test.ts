// The report outputs over HTTP, on SQLite and PostgreSQL: an accessible HTML page under a strict CSP, a PDF
// whose first page really shows something (rendered to PNG with poppler's pdftoppm), a CSV, and OSCAL
// assessment-results that validate against the official schema; the same through a share link.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { request } from '../../../../test/accounts.js';
import { dialects } from '../../../../test/stores.js';
import { declarationFile, productActors, productWithRelease, type ProductActors } from '../../../../test/products.js';
import { validateOscalAssessmentResults } from '../../../validation/oscal.js';
import { REPORT_STYLE_HASH } from '../../../reports/assessment-html.js';

/** Share of pixels on page 1 that are not near-white. */
function inkOnFirstPage(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'iotspp-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'report.pdf'), join(dir, 'page')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 600) ink++;
    return ink / (png.width * png.height);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(dialects)('report outputs on %s', (dialect) => {
  let t: TestApp;
  let a: ProductActors;
  let releaseId: string;
  const clock = fixedClock();
  const get = (path: string) => request(t.app, a.colleague, 'GET', `/api/releases/${releaseId}/assessment/${path}`);

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    a = await productActors(t, clock);
    ({ releaseId } = await productWithRelease(t, a.editor));
    const file = declarationFile('universal-default', { answers: { 'B-SUP-1': { status: 'partly-met', reason: '=HYPERLINK("http://evil") <script>alert(1)</script>', evidence: [{ type: 'url', url: 'https://lumen.example/support' }] } } });
    const res = await request(t.app, a.editor, 'PUT', `/api/releases/${releaseId}/declaration`, file);
    if (res.statusCode !== 200) throw new Error(res.body);
  }, 120_000);
  afterAll(async () => t.close());

  it('renders an accessible HTML report under a CSP that allows only its own style sheet', async () => {
    const res = await get('report.html?framework=uk-psti&framework=etsi-en-303-645');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain(`style-src '${REPORT_STYLE_HASH}'`);
    expect(res.headers['content-security-policy']).not.toContain('script-src');
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Lumen indoor camera (model LC-2), release 2.4.1</h1>');
    expect(html).toContain('<span class="verdict does-not-conform">Does not conform</span>');
    const everything = (await get('report.html')).body;
    expect(everything).not.toContain('<script>');
    expect(everything).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g)!) expect(table).toMatch(/<caption>[^<]+<\/caption>[\s\S]*<th scope="col">/);
    expect(html).toMatch(/<span class="status not-met"><span aria-hidden="true">✗ <\/span>Not met<\/span>/);
  });

  it('produces a PDF whose first page is not blank', async () => {
    const res = await get('report.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="lc-2-2.4.1-assessment.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ink = inkOnFirstPage(res.rawPayload);
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.5);
  });

  it('exports every requirement as CSV, formulas neutralised', async () => {
    const res = await get('results.csv?framework=uk-psti');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('framework,framework_version,verdict,requirement,title,level,deciding,applies,status,settled,follow_up,action,reasons');
    expect(lines).toHaveLength(1 + 6);
    expect(lines.find((l) => l.includes(',Sch1-1(2),'))).toContain(',does-not-conform,');
    const all = await get('results.csv');
    expect(all.body).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('exports OSCAL assessment-results that validate against the official schema', async () => {
    const res = await get('oscal.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(validateOscalAssessmentResults(doc)).toEqual({ ok: true });
    expect(doc['assessment-results']['import-ap'].href).toBe(`http://127.0.0.1:8080/api/releases/${releaseId}/declaration`);
  });

  it('serves the same outputs through a share link, to anyone holding it, and to nobody else', async () => {
    expect((await request(t.app, a.rival, 'GET', `/api/releases/${releaseId}/assessment/report.html`)).statusCode).toBe(404);
    const { token } = (await request(t.app, a.editor, 'POST', `/api/releases/${releaseId}/shares`, { expiresAt: new Date(clock.now().getTime() + 86_400_000).toISOString() })).json();
    const html = await t.app.inject({ method: 'GET', url: `/api/shared/${token}/report.html` });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Shared by the manufacturer through a link valid until');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/shared/${token}/report.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const oscal = await t.app.inject({ method: 'GET', url: `/api/shared/${token}/oscal.json` });
    expect(validateOscalAssessmentResults(oscal.json())).toEqual({ ok: true });
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${'y'.repeat(43)}/report.html` })).statusCode).toBe(404);
  });
});
