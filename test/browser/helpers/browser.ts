// Chromium for the browser suites (Debian's, at /usr/bin/chromium; nothing is downloaded), pages at desktop and
// phone widths, and the checks every page gets: axe, no horizontal scroll, a screenshot for the docs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { PageGlobals } from './page-globals.js';

export const CHROMIUM = '/usr/bin/chromium';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 780 };
export const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  // launch() gives every run a new, empty profile directory.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  acceptDownloads?: boolean;
}

/** A page in its own context (own storage): nothing one test remembers leaks into the next. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'en-GB',
    acceptDownloads: options.acceptDownloads ?? false,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Content-security-policy refusals and script errors show up here; a 404 answer the page expects does not.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Goes to a page of the application and waits until its data is shown (no loading status left). */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { document } = globalThis as unknown as PageGlobals;
      return document.querySelector('main h1') !== null && document.querySelector('.loading') === null;
    },
    null,
    { timeout: 30_000 },
  );
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth };
  });
  expect(scrollWidth, `${label} scrolls sideways at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}

/** The top of the page, about two screens tall: enough to show the page, small enough for the repository. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize() ?? DESKTOP;
  const pageHeight = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollHeight);
  const height = Math.min(pageHeight, Math.round(viewport.height * (viewport.width < 600 ? 2.2 : 1.6)));
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width: viewport.width, height },
    animations: 'disabled',
    caret: 'hide',
  });
}
