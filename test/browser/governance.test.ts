// The membership journey the issue names: an organisation applies through the web pages, a member opens the
// vote, three members vote yes (of five: a majority of the existing members), the application is approved
// and the new member is listed on the public members page. Axe checks every page the journey visits.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage, screenshot, settle } from './helpers/browser.js';
import { createUser, setupAdministrator, startOwnServer, type ApiUser, type OwnServer } from './helpers/governance-server.js';

let server: OwnServer;
let browser: Browser;
const reps: Record<string, ApiUser> = {};
let applicant: ApiUser;

const FOUNDERS = [
  { key: 'uk', name: 'UK Department for Science', type: 'government-agency', country: 'GB' },
  { key: 'fr', name: 'ANSSI', type: 'government-agency', country: 'FR' },
  { key: 'sg', name: 'Cyber Security Agency of Singapore', type: 'government-agency', country: 'SG' },
  { key: 'sn', name: 'Senegal Ministry of Digital Economy', type: 'government-agency', country: 'SN' },
  { key: 'isoc', name: 'Internet Society', type: 'international-organisation-or-ngo', country: 'INT' },
];

beforeAll(async () => {
  server = await startOwnServer();
  const admin = await setupAdministrator(server);
  for (const f of FOUNDERS) {
    const org = await admin.call<{ id: string }>('POST', '/api/organisations', { name: f.name, type: f.type, country: f.country });
    reps[f.key] = await createUser(admin, `${f.key}@example.org`, org.id, ['member-representative']);
    await admin.call('POST', '/api/governance/members', { organisationId: org.id, criterion: 'developed-framework', frameworkId: null });
  }
  const finland = await admin.call<{ id: string }>('POST', '/api/organisations', { name: 'Traficom', type: 'government-agency', country: 'FI' });
  applicant = await createUser(admin, 'traficom@example.org', finland.id, []);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pageAs(user: ApiUser | null): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const { context, page, errors } = await openPage(browser);
  if (user) await context.addCookies([{ name: 'iotspp_session', value: user.cookie, url: server.url }]);
  return { page, errors, close: () => context.close() };
}

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settle(page);
}

it('walks an application from submission through votes of three members to approval, and lists the new member', async () => {
  // The applicant applies through the form.
  const a = await pageAs(applicant);
  await go(a.page, '/governance/apply');
  await expectNoAxeViolations(a.page, 'apply');
  await a.page.getByLabel('Is developing one through a multistakeholder process').check();
  await a.page.getByLabel('Your framework in the registry, where it exists').selectOption('fi-traficom-cybersecurity-label');
  await a.page.getByLabel('Your application').fill('Traficom runs the Finnish Cybersecurity Label, developed with industry and consumer groups.');
  await a.page.getByRole('button', { name: 'Submit the application' }).click();
  await a.page.waitForURL(/\/governance\/proposals\//);
  await settle(a.page);
  expect(await a.page.locator('main h1').innerText()).toBe('Admit Traficom as a member');
  const proposalPath = new URL(a.page.url()).pathname;
  expect(await a.page.locator('main').innerText()).toContain('In discussion');
  expect(a.errors).toEqual([]);
  await a.close();

  // A member's representative opens the vote.
  const opener = await pageAs(reps.uk!);
  await go(opener.page, proposalPath);
  await expectNoAxeViolations(opener.page, 'proposal in discussion');
  await opener.page.getByRole('button', { name: 'Open the vote' }).click();
  await opener.page.getByRole('heading', { name: 'Your organisation’s vote' }).waitFor();
  expect(await opener.page.locator('main').innerText()).toContain('Electorate: 5 member organisations');
  await opener.close();

  // Three of the five members vote yes; the third vote makes a majority of all members and decides it.
  for (const key of ['uk', 'fr', 'sg']) {
    const voter = await pageAs(reps[key]!);
    await go(voter.page, proposalPath);
    if (key === 'uk') await expectNoAxeViolations(voter.page, 'proposal with the vote open');
    await voter.page.getByLabel('Yes').check();
    await voter.page.getByRole('button', { name: 'Cast the vote' }).click();
    if (key !== 'sg') {
      await voter.page.getByText(/Your organisation voted Yes/).waitFor();
    } else {
      await voter.page.locator('#outcome').waitFor();
      expect(await voter.page.locator('#outcome').innerText()).toContain('Approved, decided early');
      await voter.page.getByText('The recount matches the recorded result and the audit chain verifies.').waitFor({ timeout: 10_000 }).catch(async (e) => {
        throw new Error(`${(e as Error).message}\n${await voter.page.locator('main').innerText()}`);
      });
      await expectNoAxeViolations(voter.page, 'approved proposal with its record');
      await screenshot(voter.page, 'governance-proposal-approved');
    }
    expect(voter.errors).toEqual([]);
    await voter.close();
  }

  // The public members page lists the new member, admitted by vote.
  const visitor = await pageAs(null);
  await go(visitor.page, '/members');
  const list = visitor.page.locator('#member-list');
  await list.getByText('Traficom').waitFor();
  expect(await visitor.page.locator('#members-title').innerText()).toBe('6 members');
  const card = list.locator('li', { hasText: 'Traficom' });
  expect(await card.innerText()).toContain('Admitted by vote');
  await expectNoAxeViolations(visitor.page, 'members');
  await screenshot(visitor.page, 'governance-members');
  expect(visitor.errors).toEqual([]);
  await visitor.close();
});

it('shows the adopted statement of 14 November 2019 on a public page', async () => {
  const visitor = await pageAs(null);
  await go(visitor.page, '/statements');
  await visitor.page.getByRole('link', { name: /statement of 14 November 2019/ }).click();
  await visitor.page.waitForURL(/\/statements\/platform-statement-2019-11-14$/);
  await settle(visitor.page);
  expect(await visitor.page.locator('main').innerText()).toMatch(/Adopted on (14 November 2019|November 14, 2019)/);
  expect(await visitor.page.locator('.statement-text > li').count()).toBe(8);
  await expectNoAxeViolations(visitor.page, 'statement');
  await visitor.close();
});

it('lets a representative draft a statement and members comment on a paragraph, on accessible pages', async () => {
  const drafter = await pageAs(reps.uk!);
  await go(drafter.page, '/governance');
  await expectNoAxeViolations(drafter.page, 'governance');
  await go(drafter.page, '/statements');
  await drafter.page.getByLabel('Title').fill('Statement on security updates');
  await drafter.page.getByLabel('Text (one paragraph per blank line)').fill('Devices receive security updates for a stated period.\n\nManufacturers say when support ends.');
  await expectNoAxeViolations(drafter.page, 'statements with the draft form');
  await drafter.page.getByRole('button', { name: 'Create the draft' }).click();
  await drafter.page.waitForURL(/\/statements\/[0-9a-f-]+$/);
  await settle(drafter.page);
  const draftPath = new URL(drafter.page.url()).pathname;
  expect(await drafter.page.locator('.statement-text > li').count()).toBe(2);
  await drafter.close();

  const commenter = await pageAs(reps.isoc!);
  await go(commenter.page, draftPath);
  const second = commenter.page.locator('#paragraph-p2');
  await second.getByText('0 comments').click();
  await second.getByLabel('Comment on paragraph 2').fill('Say "before purchase".');
  await second.getByRole('button', { name: 'Add the comment' }).click();
  await second.getByText('1 comment', { exact: true }).waitFor();
  await second.getByText('1 comment', { exact: true }).click();
  await second.getByText('Say "before purchase".').waitFor();
  await expectNoAxeViolations(commenter.page, 'statement drafting with a paragraph comment');
  await screenshot(commenter.page, 'governance-statement-drafting');
  expect(commenter.errors).toEqual([]);
  await commenter.close();

  // The public does not learn the draft exists.
  const visitor = await pageAs(null);
  await go(visitor.page, draftPath);
  expect(await visitor.page.locator('main').innerText()).toContain('We could not find this');
  await visitor.close();
});
