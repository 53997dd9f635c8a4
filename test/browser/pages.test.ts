// Every page renders with real data from the running server, passes axe with no violations, fits a 360 px
// phone without sideways scrolling, and leaves a screenshot at desktop and phone width in docs/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, openPage, PHONE, screenshot, visit } from './helpers/browser.js';

interface PageCase {
  name: string;
  path: string;
  /** What proves the page shows the server's data, not just its frame. */
  check(page: Page): Promise<void>;
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

const PAGES: PageCase[] = [
  {
    name: 'home',
    path: '/',
    async check(page) {
      const figures = await page.locator('.figure__value').allInnerTexts();
      expect(figures).toHaveLength(4);
      expect(Number(figures[0]!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(10);
      expect(Number(figures[1]!.replace(/\D/g, ''))).toBeGreaterThan(100);
    },
  },
  {
    name: 'frameworks',
    path: '/frameworks',
    async check(page) {
      await expect.poll(() => page.locator('.framework-card').count()).toBeGreaterThanOrEqual(10);
      expect(await text(page, '#results-title')).toMatch(/\d+ frameworks/);
      expect(await page.getByRole('link', { name: 'ETSI EN 303 645' }).count()).toBe(1);
    },
  },
  {
    name: 'frameworks-filtered',
    path: '/frameworks?jurisdiction=GB',
    async check(page) {
      const names = await page.locator('.framework-card__title').allInnerTexts();
      expect(names).toContain('UK PSTI');
      expect(names).not.toContain('ETSI EN 303 645');
    },
  },
  {
    name: 'framework',
    path: '/frameworks/etsi-en-303-645',
    async check(page) {
      expect(await text(page, 'main h1')).toBe('ETSI EN 303 645');
      expect(await page.locator('.requirement-item').count()).toBeGreaterThan(20);
      expect(await page.getByRole('link', { name: /5\.1-1/ }).count()).toBeGreaterThan(0);
      // Where it sits against the baseline: the summary bar, then item by item on request.
      await page.locator('.status-bar').waitFor();
      expect(await text(page, '.status-bar__legend')).toMatch(/Covered: \d+/);
      await page.locator('.standing-details > summary').click();
      expect(await page.locator('.gap-row').first().isVisible()).toBe(true);
      expect(await page.locator('.gap-row').count()).toBeGreaterThan(10);
    },
  },
  {
    name: 'requirement',
    path: '/frameworks/etsi-en-303-645/requirements/5.1-1',
    async check(page) {
      expect(await text(page, 'main h1')).toContain('ETSI EN 303 645 5.1-1');
      expect(await text(page, '.requirement-summary')).toMatch(/password/i);
      await expect.poll(() => page.locator('.mapping').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'search',
    path: '/search?q=default%20password',
    async check(page) {
      expect(await text(page, '#search-results')).toMatch(/\d+ requirements? match/);
      expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'compare',
    path: '/compare?a=etsi-en-303-645&b=uk-psti',
    async check(page) {
      await page.locator('#forward-title').waitFor();
      expect(await text(page, '#forward-title')).toBe('ETSI EN 303 645 checked against UK PSTI');
      expect(await page.locator('.compare-row .badge--gap-partial').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'consensus',
    path: '/consensus',
    async check(page) {
      expect(await page.locator('.heatmap tbody tr').count()).toBeGreaterThan(20);
      expect(await page.locator('.heatmap__cell--full').count()).toBeGreaterThan(50);
      expect(await text(page, '.heatmap tbody th')).toContain('B-AUTH-1');
    },
  },
  {
    name: 'consensus-organisations',
    path: '/consensus?view=organisations',
    async check(page) {
      const columns = await page.locator('.heatmap thead .heatmap__column-name').allInnerTexts();
      expect(columns).toEqual(expect.arrayContaining(['ENISA', 'GSMA']));
    },
  },
  {
    name: 'consensus-table',
    path: '/consensus?display=table',
    async check(page) {
      expect(await page.locator('.matrix-table tbody tr').count()).toBeGreaterThan(20);
    },
  },
  {
    name: 'unknown-framework',
    path: '/frameworks/no-such-framework',
    async check(page) {
      expect(await text(page, 'main h1')).toBe('This could not be loaded');
      expect(await text(page, '.error-box')).toMatch(/could not find this/);
    },
  },
  {
    name: 'not-found',
    path: '/no/such/page',
    async check(page) {
      expect(await text(page, 'main h1')).toBe('Page not found');
    },
  },
];

describe('pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const c of PAGES) {
    it(`${c.name}: real data, no axe violations, desktop screenshot`, async () => {
      const { context, page, errors } = await openPage(browser, { viewport: DESKTOP });
      await visit(page, c.path);
      await c.check(page);
      await expectNoAxeViolations(page, `${c.path} (desktop)`);
      await screenshot(page, `${c.name}-desktop`);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${c.name}: fits a 360 px phone, no axe violations, phone screenshot`, async () => {
      const { context, page, errors } = await openPage(browser, { viewport: PHONE });
      await visit(page, c.path);
      await c.check(page);
      await expectNoHorizontalScroll(page, c.path);
      await expectNoAxeViolations(page, `${c.path} (phone)`);
      await screenshot(page, `${c.name}-phone`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
