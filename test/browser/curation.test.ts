// Curation through the web pages (issue 4, item 7): a curator adds a framework and a requirement with the
// forms, states a mapping, changes and withdraws it, edits the framework, and finds every change in the
// framework's history; the public sees the history but no forms; the protected baseline refuses a direct edit
// with the reason in words. Axe on every form, at desktop and phone width.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage, settle } from './helpers/browser.js';
import { createUser, enrolTotp, setupAdministrator } from './helpers/api-user.js';
import { startServer, type TestServer } from './helpers/test-server.js';
import { checkPage } from './helpers/accounts.js';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await startServer({ name: 'curation', setupLink: true });
  const admin = await setupAdministrator(server);
  const me = await admin.call<{ organisation: { id: string } }>('GET', '/api/me');
  const curator = await enrolTotp(await createUser(admin, 'kit@example.org', me.organisation.id, ['curator']));
  browser = await launchBrowser();
  ({ context, page, errors } = await openPage(browser));
  await context.addCookies([{ name: 'iotspp_session', value: curator.cookie, url: server.url }]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function go(path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settle(page);
}

it('adds a framework and a requirement, states, changes and withdraws a mapping, edits the framework, and shows it all in the history', async () => {
  await go('/account');
  await page.getByRole('link', { name: 'Add a framework to the registry' }).click();
  await page.getByLabel('Identifier').fill('xx-browser-scheme');
  await page.getByLabel('Full title').fill('Browser Test Scheme for Connected Devices');
  await page.getByLabel('Short name').fill('XX Browser Scheme');
  await page.getByLabel('Version').fill('1.0');
  await page.getByLabel('Kind').selectOption('guidance');
  await page.getByLabel('Issuer').fill('Browser Test Authority');
  await page.getByLabel('Publishing organisation').fill('Browser Test Authority');
  await page.getByLabel('Jurisdictions').fill('GB');
  await page.getByLabel('Publication date').fill('2026-05');
  await page.getByLabel('Source address').fill('https://example.org/browser-scheme');
  await page.getByLabel('Summary, in our own words').fill('A scheme made up for the browser tests.');
  await page.getByLabel('Licence of the text', { exact: true }).fill('CC BY 4.0');
  await checkPage(page, 'curation-framework');
  await page.getByRole('button', { name: 'Add the framework' }).click();
  await page.waitForURL(/\/frameworks\/xx-browser-scheme$/);
  await page.locator('main h1').getByText('XX Browser Scheme').waitFor();

  await page.getByRole('link', { name: 'Add a requirement' }).click();
  await page.getByLabel('Identifier').fill('XB-1');
  await page.getByLabel('Title').fill('No universal default passwords');
  await page.getByLabel('Summary, in our own words').fill('Devices ship without a password shared by every unit.');
  await page.getByLabel('Group').fill('Passwords');
  await page.getByRole('button', { name: 'Add the requirement' }).click();
  await page.waitForURL(/\/frameworks\/xx-browser-scheme\/requirements\/XB-1$/);
  await page.locator('main h1').getByText('No universal default passwords').waitFor();

  await page.getByRole('link', { name: 'Edit its stated mappings' }).click();
  await page.getByText('No mapping is stated for this requirement.').waitFor();
  await page.getByRole('link', { name: 'State a new mapping' }).click();
  expect(await page.getByLabel('From requirement').inputValue()).toBe('xx-browser-scheme:XB-1');
  await page.getByLabel('To requirement').fill('etsi-en-303-645:5.1-1');
  await page.getByLabel('Strength').fill('8');
  await page.getByLabel('Rationale').fill('Both forbid a password shared by every device.');
  await checkPage(page, 'curation-mapping');
  await page.getByRole('button', { name: 'State the mapping' }).click();
  const list = page.locator('#mapping-list');
  await list.getByText('Strength: 8').waitFor();
  await list.getByRole('link', { name: 'Edit the mapping to ETSI EN 303 645 5.1-1' }).click();
  await page.getByLabel('Strength').fill('6');
  await page.getByRole('button', { name: 'Save the mapping' }).click();
  await list.getByText('Strength: 6').waitFor();
  await list.getByRole('link', { name: /Edit the mapping/ }).click();
  await page.getByRole('button', { name: 'Withdraw this mapping' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByText('No mapping is stated for this requirement.').waitFor();

  await go('/frameworks/xx-browser-scheme');
  await page.getByRole('link', { name: 'Edit this framework' }).click();
  await page.getByLabel('Version').fill('1.1');
  await page.getByRole('button', { name: 'Save the framework' }).click();
  await page.waitForURL(/\/frameworks\/xx-browser-scheme$/);
  await page.getByRole('link', { name: 'History of changes' }).click();
  await page.getByRole('heading', { name: 'History of XX Browser Scheme' }).waitFor();
  expect(await page.locator('#history-count').innerText()).toBe('6 changes');
  const headings = await page.locator('.history-item h2').allInnerTexts();
  const mapping = 'xx-browser-scheme:XB-1->etsi-en-303-645:5.1-1';
  expect(headings).toEqual([
    'Changed · Framework xx-browser-scheme',
    `Deleted · Mapping ${mapping}`,
    `Changed · Mapping ${mapping}`,
    `Created · Mapping ${mapping}`,
    'Created · Requirement xx-browser-scheme:XB-1',
    'Created · Framework xx-browser-scheme',
  ]);
  const version = page.locator('.history-item').first().locator('.diff-field', { hasText: 'version' });
  expect(await version.locator('del').innerText()).toBe('1.0');
  expect(await version.locator('ins').innerText()).toBe('1.1');
  await expectNoAxeViolations(page, 'framework history');
  expect(errors).toEqual([]);
});

it('refuses a direct edit of the Platform baseline, saying why', async () => {
  await go('/frameworks/platform-baseline/requirements/B-AUTH-1');
  await page.getByRole('link', { name: 'Edit this requirement' }).click();
  const summary = page.getByLabel('Summary, in our own words');
  await summary.fill(`${await summary.inputValue()} Changed without a vote.`);
  await page.getByRole('button', { name: 'Save the requirement' }).click();
  await page.getByRole('alert').getByText('The Platform baseline changes only through an adopted proposal.').waitFor();
  await expectNoAxeViolations(page, 'baseline edit refused');
});

it('shows the public the history of changes but no curation forms', async () => {
  const visitor = await openPage(browser);
  await visitor.page.goto(`${server.url}/frameworks/xx-browser-scheme`, { waitUntil: 'networkidle' });
  await settle(visitor.page);
  expect(await visitor.page.getByRole('link', { name: 'History of changes' }).count()).toBe(1);
  expect(await visitor.page.getByRole('link', { name: 'Edit this framework' }).count()).toBe(0);
  await visitor.page.goto(`${server.url}/curation/frameworks/xx-browser-scheme`, { waitUntil: 'networkidle' });
  await settle(visitor.page);
  await visitor.page.getByText('Sign in to see this page.').waitFor();
  await expectNoAxeViolations(visitor.page, 'curation form, signed out');
  await visitor.context.close();
});
