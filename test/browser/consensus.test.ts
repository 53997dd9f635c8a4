// The consensus heatmap: sorted by consensus, hover and focus reveal the requirements behind a cell, arrow keys
// move between cells, and the table alternative and the Table 2 organisations view hold the same data.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, visit } from './helpers/browser.js';
import { focused, tabTo } from './helpers/keyboard.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('sorts rows by consensus, as the API does, and shows the fragmentation figure', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/consensus');
  const api = (await (await fetch(`${baseUrl()}/api/consensus`)).json()) as { items: { requirementId: string; share: number }[]; fragmentation: number };
  const ids = await page.locator('.heatmap tbody th .heatmap__item-id').allInnerTexts();
  expect(ids).toEqual(api.items.map((i) => i.requirementId));
  expect(await page.locator('.consensus-figures .figure__value').first().innerText()).toBe(`${Math.round(api.fragmentation * 100)}%`);
  await context.close();
});

it('shows the requirements behind a cell on hover, and on focus with arrow keys moving between cells', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/consensus');
  const details = page.locator('#cell-details');
  // Hover the ETSI EN 303 645 cell of B-AUTH-1 (the first row: most consensus).
  const column = (await page.locator('.heatmap thead .heatmap__column-name').allInnerTexts()).indexOf('ETSI EN 303 645');
  expect(column).toBeGreaterThanOrEqual(0);
  await page.locator('.heatmap tbody tr').first().locator('button.heatmap__cell').nth(column).hover();
  expect(await details.innerText()).toMatch(/B-AUTH-1/);
  expect(await details.innerText()).toMatch(/ETSI EN 303 645 5\.1-1/);

  // The grid is a single tab stop; arrows move focus and the details follow.
  await page.mouse.move(0, 0);
  const first = await tabTo(page, (f) => f.tag === 'BUTTON' && /B-AUTH-1/.test(f.text));
  expect(first.indicator).toBe(true);
  await page.keyboard.press('ArrowRight');
  const second = await focused(page);
  expect(second.tag).toBe('BUTTON');
  expect(second.text).not.toBe(first.text);
  await page.keyboard.press('ArrowDown');
  const below = await focused(page);
  expect(below.text).not.toMatch(/B-AUTH-1/);
  const itemOfSecondRow = (await page.locator('.heatmap tbody tr').nth(1).locator('.heatmap__item-id').innerText()).trim();
  expect(await details.innerText()).toContain(itemOfSecondRow);
  // Tab leaves the grid (to the details), instead of walking through every cell.
  await page.keyboard.press('Tab');
  expect((await focused(page)).tag).not.toBe('BUTTON');
  await context.close();
});

it('offers the same data as a table, and by Table 2 organisation', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/consensus?display=table');
  const rows = page.locator('.matrix-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(20);
  expect(await rows.first().innerText()).toMatch(/B-AUTH-1[\s\S]*ETSI EN 303 645/);

  await page.getByLabel('By organisation (Table 2)').check();
  await page.waitForURL(/view=organisations/);
  const caption = await page.locator('.matrix-table caption').innerText();
  expect(caption).toMatch(/organisation/i);
  expect(await page.locator('.matrix-table tbody').innerText()).toMatch(/ENISA|GSMA|IEEE/);

  await page.getByLabel('Heatmap').check();
  const columns = await page.locator('.heatmap thead .heatmap__column-name').allInnerTexts();
  expect(columns).toEqual(expect.arrayContaining(['ENISA', 'GSMA', 'IEEE']));
  await context.close();
});
