// The journey the issue names: search "default password", open ETSI EN 303 645 5.1-1, see its UK PSTI
// counterpart. Done with the mouse here and with the keyboard in keyboard.test.ts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage, settle, visit } from './helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('search "default password" -> ETSI EN 303 645 5.1-1 -> its UK PSTI counterpart', async () => {
  const { context, page, errors } = await openPage(browser);
  await visit(page, '/');
  await page.getByLabel('Words to find').fill('default password');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/\/search\?q=default(\+|%20)password/);
  await settle(page);
  expect(await page.locator('#search-results').innerText()).toMatch(/requirements match/);

  await page.getByRole('link', { name: /ETSI EN 303 645 5\.1-1/ }).click();
  await page.waitForURL(/\/frameworks\/etsi-en-303-645\/requirements\/5\.1-1$/);
  await settle(page);
  expect(await page.locator('main h1').innerText()).toContain('ETSI EN 303 645 5.1-1');

  const mappings = page.locator('#mappings-section');
  await mappings.getByRole('link', { name: /UK PSTI Sch1-1/ }).first().waitFor();
  expect(await mappings.innerText()).toMatch(/UK PSTI Sch1-1/);

  // The back button returns to the results, with the query still in the box.
  await page.goBack();
  await settle(page);
  expect(await page.getByLabel('Words to find').inputValue()).toBe('default password');
  expect(errors).toEqual([]);
  await context.close();
});
