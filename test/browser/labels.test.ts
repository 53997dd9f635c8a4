// The label a shopper meets: a browser opens nothing but the text decoded from the label's QR code (the PNG
// served for printing, decoded here with jsqr), with JavaScript disabled, and finds the status in plain words;
// axe finds no violations on the label pages and the registry. Runs its own server over a fresh store with the
// demo labels (`iotspp demo load --only labels`), so it needs nothing from the other suites.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { decodeQrPng } from '../labels/decode-qr.js';
import { DESKTOP, expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, PHONE, screenshot } from './helpers/browser.js';
import { CLI, ROOT, startServer, type TestServer } from './helpers/test-server.js';

describe('the label from its QR code', () => {
  let server: TestServer;
  let base: string;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer({
      name: 'labels-browser',
      prepare(env) {
        const demo = spawnSync(process.execPath, [CLI, 'demo', 'load', '--only', 'labels', '--json'], { cwd: ROOT, env, encoding: 'utf8' });
        if (demo.status !== 0) throw new Error(`demo load failed: ${demo.stderr}`);
        for (const link of JSON.parse(demo.stdout).loaded[0].links as { title: string; url: string }[]) {
          const m = /\/l\/([0-9a-z]{10})$/.exec(link.url);
          if (m) ids[link.title] = m[1]!;
        }
      },
    });
    base = server.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** What a phone camera reads from the printed QR code. */
  async function scan(id: string): Promise<string> {
    const png = Buffer.from(await (await fetch(`${base}/l/${id}/qr.png`)).arrayBuffer());
    const text = decodeQrPng(png);
    if (!text) throw new Error('the QR code did not decode');
    return text;
  }

  it('opens the decoded short URL with JavaScript disabled and says plainly how long updates last', async () => {
    const url = await scan(ids['valid label']!);
    expect(url).toBe(`${base}/l/${ids['valid label']}`);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toMatch(/^Demo Camera DC-100\s+by Demo Devices Ltd$/);
    expect(await page.locator('#status-h').innerText()).toBe('Valid label');
    expect(await page.locator('.status .sentence').innerText()).toMatch(/^This device gets security updates until 31 March \d{4}\.$/);
    expect(await page.locator('img.qr').getAttribute('alt')).toBe(`QR code for ${url}`);
    expect(await page.locator('pre.jws').innerText()).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await page.getByRole('link', { name: 'Download the signed label' }).getAttribute('href')).toBe(`/l/${ids['valid label']}.jws`);
    await screenshot(page, 'label-phone');
    // The language switch is a link: it works without JavaScript.
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\?lang=fr$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.status .sentence').innerText()).toMatch(/^Cet appareil reçoit des mises à jour de sécurité jusqu’au 31 mars \d{4}\.$/);
    expect(errors, 'console errors (a CSP refusal shows here)').toEqual([]);
    await context.close();
  });

  it('shows a withdrawn label as withdrawn, and a superseded one with the way to the newer label, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP, locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(await scan(ids['withdrawn label']!));
    expect(await page.locator('#status-h').innerText()).toBe('Etiqueta retirada');
    expect(await page.locator('.status').innerText()).toContain('No confíe en lo que afirma.');
    await page.goto(await scan(ids['superseded label']!));
    await page.getByRole('link', { name: 'Ver la etiqueta más reciente' }).click();
    expect(page.url()).toBe(`${base}/l/${ids['valid label']}`);
    expect(await page.locator('#status-h').innerText()).toBe('Etiqueta válida');
    await context.close();
  });

  it('filters the registry with its form, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base}/labels`);
    expect(await page.locator('caption').innerText()).toBe('5 labels');
    await page.locator('#f-status').selectOption('support-ended');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/status=support-ended/);
    expect(await page.locator('caption').innerText()).toBe('1 label');
    expect(await page.locator('tbody th a').innerText()).toBe('Demo Speaker DS-1');
    await context.close();
  });

  // axe is a script, so it runs in a context with JavaScript on; the pages have no scripts of their own, so what
  // it checks is the very page the JavaScript-free browser showed.
  it('has no axe violations on the label pages and the registry, at desktop and phone widths', async () => {
    const pages: [string, string][] = [
      ['label', await scan(ids['valid label']!)],
      ['label (French)', `${await scan(ids['valid label']!)}?lang=fr`],
      ['withdrawn label', await scan(ids['withdrawn label']!)],
      ['support ended', await scan(ids['support ended']!)],
      ['registry', `${base}/labels`],
    ];
    for (const viewport of [DESKTOP, PHONE]) {
      const context = await browser.newContext({ viewport, locale: 'en-GB' });
      const page = await context.newPage();
      for (const [name, url] of pages) {
        await page.goto(url);
        await expectNoAxeViolations(page, `${name} at ${viewport.width} px`);
        await expectNoHorizontalScroll(page, `${name}`);
      }
      await page.goto(pages[0]![1]);
      if (viewport === DESKTOP) await screenshot(page, 'label-desktop');
      await page.goto(`${base}/labels`);
      await screenshot(page, viewport === DESKTOP ? 'labels-desktop' : 'labels-phone');
      await context.close();
    }
  });
});
