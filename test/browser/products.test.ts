// The product assessment journey through the web pages: a manufacturer editor registers a camera, records a
// release with its profile, answers the baseline items about passwords, disclosure and support, sees UK PSTI
// incomplete with one follow-up question, answers it and sees UK PSTI conform; the HTML report opens; a
// member's representative sees the regulator view. Axe checks every page the journey visits.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, openPage, PHONE, screenshot, settle } from './helpers/browser.js';
import { createUser, setupAdministrator, type ApiUser } from './helpers/api-user.js';
import { startServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
let browser: Browser;
let editor: ApiUser;
let regulator: ApiUser;

beforeAll(async () => {
  server = await startServer({ name: 'products', setupLink: true });
  const admin = await setupAdministrator(server);
  const maker = await admin.call<{ id: string }>('POST', '/api/organisations', { name: 'Demo Lumen Devices', type: 'manufacturer', country: 'GB' });
  editor = await createUser(admin, 'editor@lumen.example', maker.id, ['manufacturer-editor']);
  const agency = await admin.call<{ id: string }>('POST', '/api/organisations', { name: 'Demo Product Safety Office', type: 'government-agency', country: 'GB' });
  await admin.call('POST', '/api/governance/members', { organisationId: agency.id, criterion: 'developed-framework', frameworkId: null });
  regulator = await createUser(admin, 'officer@agency.example', agency.id, ['member-representative']);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pageAs(user: ApiUser, viewport?: { width: number; height: number }) {
  const { context, page, errors } = await openPage(browser, viewport ? { viewport } : {});
  await context.addCookies([{ name: 'iotspp_session', value: user.cookie, url: server.url }]);
  return { page, errors, close: () => context.close() };
}

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settle(page);
}

async function answer(page: Page, item: string, status: string): Promise<void> {
  const form = page.locator('form.product-item').filter({ has: page.getByRole('heading', { name: new RegExp(`^${item} `) }) });
  await form.getByLabel('Answer', { exact: true }).selectOption(status);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

it('registers a product, answers the baseline once and sees UK PSTI conform after one follow-up answer', async () => {
  const { page, errors, close } = await pageAs(editor);
  await go(page, '/products');
  await expectNoAxeViolations(page, 'products');
  await page.getByLabel('Product', { exact: true }).fill('Demo indoor camera');
  await page.getByLabel('Model', { exact: true }).fill('DC-2');
  await page.getByRole('button', { name: 'Register a product' }).click();
  await page.waitForURL(/\/products\/[0-9a-f-]+$/);
  await settle(page);
  expect(await page.locator('main h1').innerText()).toBe('Demo indoor camera');
  await expectNoAxeViolations(page, 'product');

  await page.getByLabel('Version', { exact: true }).fill('2.4.1');
  await page.getByRole('button', { name: 'Record a release' }).click();
  await page.waitForURL(/\/releases\/[0-9a-f-]+$/);
  await settle(page);
  const releasePath = new URL(page.url()).pathname;
  await page.getByText('Edit the profile').click();
  await page.getByLabel('Security updates until').fill('2031-12-31');
  await page.getByLabel('Vulnerability disclosure contact').fill('https://lumen.example/security');
  await page.getByLabel('Passwords').selectOption('unique-per-device');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  await go(page, `${releasePath}/declaration`);
  await expectNoAxeViolations(page, 'declaration');
  for (const item of ['B-AUTH-1', 'B-AUTH-6', 'B-VULN-1', 'B-UPD-5']) await answer(page, item, 'met');

  await go(page, releasePath);
  await expectNoAxeViolations(page, 'release');
  // One declaration settles UK PSTI: the four baseline answers carry over, nothing is left to ask.
  const psti = page.getByRole('row', { name: /^UK PSTI / });
  expect(await psti.innerText()).toContain('Conforms');
  // ETSI EN 303 645 5.6-2 only overlaps a baseline item, so no baseline answer settles it: it is a follow-up
  // question for that framework, answered once on its results page and kept with the release.
  const etsi = page.getByRole('row', { name: /^ETSI EN 303 645 / });
  expect(await etsi.innerText()).toContain('Incomplete');
  await etsi.getByRole('link', { name: 'ETSI EN 303 645' }).click();
  await settle(page);
  await expectNoAxeViolations(page, 'framework results');
  const p562 = page.locator('li.product-result').filter({ has: page.getByRole('heading', { name: /5\.6-2/ }) });
  expect(await p562.innerText()).toContain('follow-up question');
  await p562.getByText('Answer it for this framework').click();
  await p562.getByRole('button', { name: 'Save' }).click();
  await p562.getByRole('heading', { name: /5\.6-2.*\bMet\b/ }).waitFor();
  await screenshot(page, 'assessment-results-desktop');

  await go(page, releasePath);
  expect(await page.getByRole('row', { name: /^UK PSTI / }).innerText()).toContain('Conforms');
  await screenshot(page, 'release-desktop');
  expect(errors).toEqual([]);

  // The server-rendered report: no JavaScript, its own strict CSP, and accessible.
  await page.goto(`${server.url}/api${releasePath}/assessment/report.html?framework=uk-psti`);
  expect(await page.locator('h1').innerText()).toContain('Demo indoor camera');
  await expectNoAxeViolations(page, 'HTML report');
  await close();
}, 240_000);

it('works at phone width', async () => {
  const { page, errors, close } = await pageAs(editor, PHONE);
  await go(page, '/products');
  await page.getByRole('link', { name: 'Demo indoor camera' }).click();
  await settle(page);
  await expectNoHorizontalScroll(page, 'product at phone width');
  await page.getByRole('link', { name: '2.4.1' }).click();
  await settle(page);
  await expectNoHorizontalScroll(page, 'release at phone width');
  await screenshot(page, 'release-phone');
  expect(errors).toEqual([]);
  await close();
}, 120_000);

it('shows a member the regulator view, naming no product', async () => {
  const { page, errors, close } = await pageAs(regulator);
  await go(page, '/regulator');
  await expectNoAxeViolations(page, 'regulator view');
  const row = page.getByRole('row', { name: /^UK PSTI / });
  expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/UK PSTI 1 0 0/);
  expect(await page.locator('main').innerText()).not.toContain('Demo indoor camera');
  await screenshot(page, 'regulator-desktop');
  expect(errors).toEqual([]);
  await close();
}, 120_000);
