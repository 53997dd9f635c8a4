// Everything works by keyboard, and focus is always visible: the skip link, the header, every tab stop on the
// key pages, and the main journey done without a mouse.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, settle, visit } from './helpers/browser.js';
import { focused, tabStops, tabTo } from './helpers/keyboard.js';
import type { PageGlobals } from './helpers/page-globals.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const KEY_PAGES = [
  '/',
  '/frameworks',
  '/frameworks/etsi-en-303-645',
  '/frameworks/etsi-en-303-645/requirements/5.1-1',
  '/search?q=default%20password',
  '/compare?a=etsi-en-303-645&b=uk-psti',
  '/consensus',
];

describe('visible focus', () => {
  for (const path of KEY_PAGES) {
    it(`shows where focus is at every tab stop on ${path}`, async () => {
      const { context, page } = await openPage(browser);
      await visit(page, path);
      const stops = await tabStops(page, 30);
      expect(stops.length).toBeGreaterThan(5);
      for (const [i, stop] of stops.entries()) {
        expect(stop.indicator, `${path}: no focus indicator on ${stop.tag} "${stop.text}"`).toBe(true);
        expect(stop.visible, `${path}: focused ${stop.tag} "${stop.text}" (stop ${i}) is off screen: ${stop.where}`).toBe(true);
      }
      await context.close();
    });
  }
});

it('offers a skip link first, which moves focus to the main content', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/frameworks');
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip.text).toBe('Skip to main content');
  expect(skip.visible).toBe(true);
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe('main');
  // The next Tab lands inside the page, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.closest('main') !== null)).toBe(true);
  await context.close();
});

it('does the search -> requirement -> counterpart journey by keyboard alone, focusing each new page’s heading', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/');
  await tabTo(page, (f) => f.id === 'home-search');
  await page.keyboard.type('default password');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?q=/);
  await settle(page);
  expect((await focused(page)).tag).toBe('H1');

  await tabTo(page, (f) => f.tag === 'A' && /ETSI EN 303 645 5\.1-1/.test(f.text));
  await page.keyboard.press('Enter');
  await page.waitForURL(/requirements\/5\.1-1$/);
  await settle(page);
  const heading = await focused(page);
  expect(heading.tag).toBe('H1');
  expect(heading.text).toContain('5.1-1');

  await page.locator('#mappings-section a', { hasText: 'UK PSTI Sch1-1' }).first().waitFor();
  const link = await tabTo(page, (f) => f.tag === 'A' && /UK PSTI Sch1-1/.test(f.text), 200);
  expect(link.indicator).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/uk-psti\/requirements\/Sch1-1$/);
  await settle(page);
  expect((await focused(page)).text).toContain('Sch1-1');
  await context.close();
});

it('switches language from the keyboard', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/');
  await tabTo(page, (f) => f.text === 'Español');
  await page.keyboard.press('Enter');
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  await context.close();
});
