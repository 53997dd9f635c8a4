// The disclosure journey the issue names: someone files a report anonymously through the web pages, keeps the
// private link, and follows the case while the manufacturer's PSIRT acknowledges, triages, fixes and publishes
// it, until the advisory is public. Axe checks every page the journey visits.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, openPage, PHONE, screenshot, settle } from './helpers/browser.js';
import { createUser, registerProduct, setupAdministrator, type ApiUser } from './helpers/api-user.js';
import { startServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
let browser: Browser;
let psirt: ApiUser;
let analyst: ApiUser;
let makerId: string;

beforeAll(async () => {
  server = await startServer({ name: 'disclosure', setupLink: true });
  const admin = await setupAdministrator(server);
  makerId = (await admin.call<{ id: string }>('POST', '/api/organisations', { name: 'Example Devices Ltd', type: 'manufacturer', country: 'GB' })).id;
  const certId = (await admin.call<{ id: string }>('POST', '/api/organisations', { name: 'Example National CERT', type: 'csirt-psirt', country: 'GB' })).id;
  const editor = await createUser(admin, 'editor@devices.example', makerId, ['manufacturer-editor']);
  psirt = await createUser(admin, 'psirt@devices.example', makerId, []);
  analyst = await createUser(admin, 'analyst@cert.example', certId, []);
  await editor.call('POST', `/api/disclosure/manufacturers/${makerId}/psirt`, { userId: psirt.id });
  await editor.call('PUT', `/api/disclosure/manufacturers/${makerId}/policy`, {
    contactEmail: 'psirt@devices.example',
    contactUrl: null,
    languages: ['en', 'fr'],
    acknowledgementDays: 5,
    assessmentDays: 20,
    safeHarbour: 'We will not pursue legal action against good-faith research that follows this policy.',
    encryptionUrl: null,
    website: null,
    listCsaf: true,
  });
  registerProduct(server, makerId, 'Example Camera', ['1.4.0', '1.4.1', '1.4.2']);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(user: ApiUser | null, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const opened = await openPage(browser, viewport ? { viewport } : {});
  if (user) await opened.context.addCookies([{ name: 'iotspp_session', value: user.cookie, url: server.url }]);
  return opened;
}

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settle(page);
}

function step(page: Page, name: string) {
  return page.locator('details', { has: page.locator('summary', { hasText: name }) });
}

it('files a report anonymously and follows it to publication', async () => {
  // The finder, without an account.
  const finder = await as(null);
  const page = finder.page;
  await go(page, '/disclosure');
  await expectNoAxeViolations(page, '/disclosure');
  await page.locator('main').getByRole('link', { name: 'Example Devices Ltd' }).click();
  await settle(page);
  expect(await page.locator('main').innerText()).toContain('We acknowledge reports within 5 days.');
  await expectNoAxeViolations(page, 'manufacturer policy page');
  await screenshot(page, 'disclosure-policy-desktop');

  await page.locator('main').getByRole('link', { name: 'Report a vulnerability' }).click();
  await settle(page);
  await expectNoAxeViolations(page, 'report form');
  await page.getByLabel('Product').selectOption({ label: 'Example Camera (EC-200)' });
  await page.getByLabel('Title').fill('Hard-coded maintenance password');
  await page.getByLabel('What is the vulnerability').fill('The maintenance service on TCP port 2323 accepts the same password on every camera and gives a root shell.');
  await page.getByLabel('Affected versions').fill('Firmware 1.4.0 and 1.4.1');
  await page.getByLabel('How to reproduce it').fill('telnet camera 2323, log in as maint, run id.');
  await page.getByLabel('Credit me in the advisory as').fill('Alex Finder');
  await page.locator('#attachments').setInputFiles({ name: 'session.log', mimeType: 'text/plain', buffer: Buffer.from('login: maint\n# id\nuid=0(root)\n') });
  await screenshot(page, 'disclosure-report-form-desktop');
  await page.getByRole('button', { name: 'Send the report' }).click();
  await page.getByRole('heading', { name: 'Your report was received' }).waitFor();
  const trackingId = (await page.locator('.disclosure-tracking').innerText()).trim();
  expect(trackingId).toMatch(/^VR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const followUrl = await page.getByLabel('Your private link').inputValue();
  expect(followUrl).toMatch(new RegExp(`^${server.url}/disclosure/follow#[A-Za-z0-9_-]{43}$`));
  await expectNoAxeViolations(page, 'report received');

  await page.goto(followUrl, { waitUntil: 'networkidle' });
  await settle(page);
  expect(await page.locator('main h1').innerText()).toBe(`Report ${trackingId}`);
  expect(await page.locator('main').innerText()).toContain('Received');
  await expectNoAxeViolations(page, 'private follow page');

  // The manufacturer's PSIRT, signed in.
  const team = await as(psirt);
  const p = team.page;
  await go(p, '/disclosure/cases');
  await expectNoAxeViolations(p, 'case list');
  await p.getByRole('link', { name: trackingId }).click();
  await settle(p);
  expect(await p.locator('main').innerText()).toContain('The maintenance service on TCP port 2323');
  await expectNoAxeViolations(p, 'case page');

  await step(p, 'Acknowledge').locator('summary').click();
  await step(p, 'Acknowledge').getByLabel('Note to everyone on the case').fill('Thank you, we are on it.');
  await step(p, 'Acknowledge').getByRole('button', { name: 'Acknowledge' }).click();
  await p.locator('.disclosure-state--acknowledged').first().waitFor();

  await step(p, 'Triage').locator('summary').click();
  await step(p, 'Triage').getByLabel('CVSS vector', { exact: true }).fill('CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
  await step(p, 'Triage').getByLabel('1.4.0').check();
  await step(p, 'Triage').getByLabel('1.4.1').check();
  await step(p, 'Triage').getByRole('button', { name: 'Triage' }).click();
  await p.locator('.disclosure-state--triaged').first().waitFor();
  expect(await p.locator('.disclosure-severity--high').first().innerText()).toBe('High 8.8');
  await expectNoAxeViolations(p, 'case page, triaged');

  await step(p, 'Mark as fixed').locator('summary').click();
  await step(p, 'Mark as fixed').locator('fieldset', { hasText: 'Fixed in' }).getByLabel('1.4.2').check();
  await step(p, 'Mark as fixed').getByRole('button', { name: 'Mark as fixed' }).click();
  await p.locator('.disclosure-state--fixed').first().waitFor();

  await p.getByLabel('Summary (public)').fill('Example Camera firmware before 1.4.2 accepts a hard-coded maintenance password on the local network.');
  await p.getByLabel('Description (public)').fill('A maintenance service on TCP port 2323 accepts the same password on every device and gives a root shell.');
  await p.getByLabel('Weakness (CWE, optional)').selectOption('CWE-798');
  await p.getByLabel('What users should do').fill('Update the firmware to 1.4.2.');
  await expectNoAxeViolations(p, 'case page, publish form');
  await screenshot(p, 'disclosure-case-desktop');
  await p.getByRole('button', { name: 'Publish', exact: true }).click();
  await p.locator('.disclosure-state--published').first().waitFor();

  // The finder follows it to publication with the link alone (a reload: the page is already at that address).
  await page.reload({ waitUntil: 'networkidle' });
  await settle(page);
  expect(await page.locator('main').innerText()).toContain('Published');
  await expectNoAxeViolations(page, 'private follow page, published');
  await screenshot(page, 'disclosure-follow-desktop');
  await page.getByRole('link', { name: /^IOTSPP-\d{4}-0001$/ }).click();
  await settle(page);
  expect(await page.locator('main h1').innerText()).toMatch(/IOTSPP-\d{4}-0001: Example Camera/);
  expect(await page.locator('main').innerText()).toContain('Update the firmware to 1.4.2.');
  await expectNoAxeViolations(page, 'advisory page');
  await go(page, '/advisories');
  expect(await page.locator('main table').innerText()).toMatch(/IOTSPP-\d{4}-0001/);
  await expectNoAxeViolations(page, 'advisory list');
  await screenshot(page, 'disclosure-advisories-desktop');

  const csaf = await (await fetch(`${server.url}/.well-known/csaf/white/index.txt`)).text();
  expect(csaf).toMatch(/^\d{4}\/iotspp-\d{4}-0001\.json\n$/);
  expect([...finder.errors, ...team.errors]).toEqual([]);
  await finder.context.close();
  await team.context.close();
});

it('the coordinators\' overdue list and the platform\'s security page pass axe, on a phone too', async () => {
  const { context, page, errors } = await as(analyst, PHONE);
  await go(page, '/disclosure/overdue');
  expect(await page.locator('main').innerText()).toContain('No case is past a deadline.');
  await expectNoAxeViolations(page, 'overdue list');
  await expectNoHorizontalScroll(page, 'overdue list');
  await go(page, '/security');
  await expectNoAxeViolations(page, 'security page');
  await go(page, '/disclosure');
  await expectNoHorizontalScroll(page, 'disclosure landing');
  expect(errors).toEqual([]);
  await context.close();
});
