// Loading and error states: a polite status while data is on its way, and an error message with a retry
// button that recovers once the server answers again.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, openPage } from './helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('shows a loading status while the data is on its way', async () => {
  const { context, page } = await openPage(browser);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/frameworks?*', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${baseUrl()}/frameworks`);
  const status = page.getByRole('status');
  await status.first().waitFor();
  expect(await status.first().innerText()).toContain('Loading');
  release();
  await page.locator('.framework-card').first().waitFor();
  expect(await page.getByRole('status').count()).toBe(0);
  await context.close();
});

it('says when the server fails, and recovers with the retry button', async () => {
  const { context, page } = await openPage(browser);
  let fail = true;
  await page.route('**/api/stats', async (route) => {
    if (fail) await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal_error', message: 'x', details: [], requestId: 'r' } }) });
    else await route.continue();
  });
  await page.goto(`${baseUrl()}/`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/This could not be loaded[\s\S]*internal_error/);
  await expectNoAxeViolations(page, '/ with a failed request');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.figure__value').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await context.close();
});

it('says when the server cannot be reached', async () => {
  const { context, page } = await openPage(browser);
  await page.route('**/api/frameworks?*', (route) => route.abort('connectionrefused'));
  await page.goto(`${baseUrl()}/frameworks`);
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').innerText()).toMatch(/server could not be reached/);
  await context.close();
});
