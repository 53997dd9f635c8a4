// The account journey of issue 4 through the web pages, on a server with a fresh store: no account exists
// before setup; the first administrator is created with the printed one-time link and must enrol TOTP (codes
// computed here as an app would); a curator is invited through the page, the link read from the outbox page and
// accepted in a fresh browser, signs in with TOTP, edits a requirement through the curation form and finds the
// change in the history. Then a password reset via the outbox, an API token shown once, the data export and the
// account's deletion. Axe checks every page, at desktop and phone width.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeQrPng } from '../labels/decode-qr.js';
import { expectNoAxeViolations, launchBrowser } from './helpers/browser.js';
import { startServer, type TestServer } from './helpers/test-server.js';
import { checkPage, enrolTotp, linkFromOutbox, loaded, PASSWORD, signIn, totpCode, visitor, type Visitor } from './helpers/accounts.js';

let server: TestServer;
let browser: Browser;
let admin: Visitor;
let curator: Visitor;
const CURATOR = 'grace@example.org';
const NEW_PASSWORD = 'another quite unremarkable passphrase';
const THIRD_PASSWORD = 'yet another unremarkable passphrase';
let curatorSecret = '';
let curatorCodes: string[] = [];

beforeAll(async () => {
  server = await startServer({ name: 'accounts', setupLink: true });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('has no account before setup; the setup link creates the first administrator, who must enrol TOTP first', async () => {
  expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: true });
  admin = await visitor(browser, server.url);
  const { page } = admin;

  // Nobody can sign in: there is no account, and the page says how the first one is made.
  await admin.go('/sign-in');
  await page.getByText('The Platform has no administrator yet.').waitFor();
  await checkPage(page, 'account-sign-in');
  await signIn(admin, 'ada@example.org', PASSWORD);
  await page.getByRole('alert').getByText('The email address, the password or the code is wrong.').waitFor();

  // The link's token is read from the fragment and taken out of the address bar.
  await admin.go(`/setup#token=${server.setupToken}`);
  expect(page.url()).not.toContain('token');
  await page.getByLabel('Your name').fill('Ada Administrator');
  await page.getByLabel('Email address').fill('ada@example.org');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Name of the organisation').fill('Platform Secretariat');
  await page.getByLabel('Type').selectOption('international-organisation-or-ngo');
  await page.getByLabel('Country or region').fill('INT');
  await page.getByText('That is International.').waitFor();
  await checkPage(page, 'account-setup');
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await page.getByRole('alert').getByText('The password is too short').waitFor();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create the administrator' }).click();
  await page.getByRole('status').getByText('The administrator account is created.').waitFor();
  expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: false });

  // Signing in leads to two-factor set-up: until then the role allows nothing else.
  await page.getByRole('link', { name: 'Sign in' }).last().click();
  await page.getByLabel('Password', { exact: true }).waitFor();
  expect(await page.getByLabel('Email address').inputValue()).toBe('ada@example.org');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await loaded(page, /\/account\/two-factor$/);
  await page.getByText('Your role needs two-factor authentication.').waitFor();
  expect(await page.locator('.site-header').innerText()).toContain('Ada Administrator');
  await expectNoAxeViolations(page, 'two-factor before starting');

  // The QR code holds the otpauth:// URI of the key shown as text.
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  const qr = page.getByRole('img', { name: /QR code of your account/ });
  await qr.waitFor();
  await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { complete: boolean; naturalWidth: number } | null } }).document.querySelector('.totp-qr img')?.complete === true);
  const uri = decodeQrPng(await page.locator('.totp-qr').screenshot());
  const shownKey = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  expect(new URL(uri!).searchParams.get('secret')).toBe(shownKey);
  await checkPage(page, 'account-two-factor');
  await page.getByLabel('6-digit code').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await page.getByRole('alert').getByText('The code is wrong.').waitFor();
  await page.getByLabel('6-digit code').fill(await totpCode(shownKey));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  const codes = await page.locator('.recovery-codes__list li').allInnerTexts();
  expect(codes).toHaveLength(10);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a text file' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  for (const code of codes) expect(file).toContain(code);
  await checkPage(page, 'account-recovery-codes');
  await page.getByRole('button', { name: 'I have stored them: continue' }).click();
  await loaded(page, /\/account$/);
  expect(await page.getByText('Your role needs two-factor authentication.').count()).toBe(0);
  await checkPage(page, 'account');
  expect(admin.errors).toEqual([]);
});

it('invites a curator through the page; the invitee accepts the link from the outbox in a fresh browser, enrols and signs in with TOTP', async () => {
  const { page } = admin;
  await admin.go('/invitations');
  await page.getByLabel('Email address').fill(CURATOR);
  expect(await page.getByLabel('Organisation').inputValue()).not.toBe('');
  await page.getByLabel('Curator').check();
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await page.getByRole('status').getByText(`Invitation sent to ${CURATOR}.`).waitFor();
  await page.locator('#invitation-list').getByText('Waiting').waitFor();
  // A second invitation, sent by mistake, is revoked.
  await page.getByLabel('Email address').fill('wrong@example.org');
  await page.getByLabel('Expert advisor').check();
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await page.getByRole('button', { name: 'Revoke the invitation to wrong@example.org' }).click();
  await page.getByRole('status').getByText('The invitation is revoked.').waitFor();
  // Closed invitations keep no address (the server drops it), only their state.
  await page.locator('#invitation-list').getByText('Revoked').waitFor();
  expect(await page.locator('#invitation-list').innerText()).not.toContain('wrong@example.org');
  await checkPage(page, 'account-invitations');

  const link = await linkFromOutbox(admin, CURATOR, /\/invitations\/accept#token=/);
  await checkPage(page, 'admin-outbox');

  curator = await visitor(browser, server.url);
  const c = curator.page;
  await c.goto(link, { waitUntil: 'networkidle' });
  await c.getByText('You are invited to join the Platform for Platform Secretariat.').waitFor();
  expect(c.url()).not.toContain('token');
  expect(await c.locator('main').innerText()).toContain('Curator');
  await c.getByLabel('Your name').fill('Grace Curator');
  await c.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await checkPage(c, 'account-accept-invitation');
  await c.getByRole('button', { name: 'Create my account' }).click();
  await c.getByRole('status').getByText('Your account is created.').waitFor();
  await c.getByRole('link', { name: 'Sign in' }).last().click();
  await c.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await c.getByRole('button', { name: 'Sign in' }).click();
  await loaded(c, /\/account\/two-factor$/);
  ({ secret: curatorSecret, codes: curatorCodes } = await enrolTotp(c));
  await c.getByRole('button', { name: 'I have stored them: continue' }).click();
  await loaded(c, /\/account$/);

  // Sign out, then in again with a code from the app (the next one: the enrolment used this one).
  await c.getByRole('button', { name: 'Sign out', exact: true }).click();
  await loaded(c, /\/$/);
  expect(await c.locator('.site-header').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
  await signIn(curator, CURATOR, PASSWORD);
  await c.getByRole('alert').getByText('enter the code from your app').waitFor();
  await c.getByLabel('Code from your authenticator app, or a recovery code').fill(await totpCode(curatorSecret, 1));
  await c.getByRole('button', { name: 'Sign in' }).click();
  await loaded(c, /\/account$/);
  expect(await c.locator('.site-header').innerText()).toContain('Grace Curator');
  expect(curator.errors).toEqual([]);
});

it('lets the curator edit a requirement through the curation form and shows the change in the history', async () => {
  const c = curator.page;
  await curator.go('/frameworks/etsi-en-303-645/requirements/5.1-1');
  await c.getByRole('link', { name: 'Edit this requirement' }).click();
  const summary = c.getByLabel('Summary, in our own words');
  await summary.waitFor();
  const before = await summary.inputValue();
  await checkPage(c, 'curation-requirement');
  await summary.fill(`${before} Curated in the browser test.`);
  await c.getByRole('button', { name: 'Save the requirement' }).click();
  await c.waitForURL(/\/frameworks\/etsi-en-303-645\/requirements\/5\.1-1$/);
  await c.getByText('Curated in the browser test.').waitFor();

  await c.getByRole('link', { name: 'History of changes' }).click();
  await c.getByRole('heading', { name: 'History of ETSI EN 303 645 5.1-1' }).waitFor();
  const entry = c.locator('.history-item').first();
  await entry.getByText('by Grace Curator').waitFor();
  expect(await entry.locator('h2').innerText()).toContain('Changed · Requirement');
  const row = entry.locator('.diff-field', { hasText: 'summary' });
  expect(await row.locator('del').innerText()).toBe(before);
  expect(await row.locator('ins').innerText()).toBe(`${before} Curated in the browser test.`);
  await checkPage(c, 'curation-history');

  // The public sees the same history with a pseudonym instead of the curator's name.
  const pub = (await (await fetch(`${server.url}/api/history?entity=requirement:etsi-en-303-645:5.1-1`)).json()) as { items: { actorName: string }[] };
  expect(pub.items[0]!.actorName).toMatch(/^user-/);
  expect(curator.errors).toEqual([]);
});

it('resets a password with the link from the outbox, then signs in with it and a recovery code', async () => {
  const stranger = await visitor(browser, server.url);
  await stranger.go('/password-reset');
  await stranger.page.getByLabel('Email address').fill(CURATOR);
  await stranger.page.getByRole('button', { name: 'Send the link' }).click();
  await stranger.page.getByRole('status').getByText('If this address has an account, a link is on its way.').waitFor();
  await checkPage(stranger.page, 'account-password-reset');

  const link = await linkFromOutbox(admin, CURATOR, /\/password-reset#token=/);
  await stranger.page.goto(link, { waitUntil: 'networkidle' });
  await stranger.page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  expect(stranger.page.url()).not.toContain('token');
  await stranger.page.getByLabel('New password').fill(NEW_PASSWORD);
  await expectNoAxeViolations(stranger.page, 'password reset: new password');
  await stranger.page.getByRole('button', { name: 'Set the new password' }).click();
  await stranger.page.getByRole('status').getByText('Your password is changed.').waitFor();

  // Every session ended with the reset: the curator signs in again, with a recovery code this time.
  await signIn(curator, CURATOR, NEW_PASSWORD, curatorCodes[0]);
  await loaded(curator.page, /\/account$/);
  expect(await curator.page.getByText('9 unused recovery codes are left.').count()).toBe(1);
  expect(stranger.errors).toEqual([]);
  await stranger.context.close();
});

it('creates an API token shown once, which works as a bearer token until revoked', async () => {
  const c = curator.page;
  await curator.go('/account/tokens');
  await c.getByLabel('Name (what the token is for)').fill('CI import');
  await c.getByRole('button', { name: 'Create the token' }).click();
  await c.getByRole('alert').getByText('Choose at least one scope.').waitFor();
  await c.getByLabel('Change the registry (frameworks, requirements, mappings)').check();
  await c.getByRole('button', { name: 'Create the token' }).click();
  const token = await c.locator('#new-token').innerText();
  expect(token).toMatch(/^iotspp_/);
  await c.locator('#token-list').getByRole('heading', { name: /CI import/ }).waitFor();
  await checkPage(c, 'account-tokens');

  // Authorization comes before validation: a 400 for an empty body means the token may write the registry.
  const write = (t: string) => fetch(`${server.url}/api/mappings`, { method: 'POST', headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body: '{}' });
  expect((await write(token)).status).toBe(400);
  expect((await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(403);

  // Shown once: after a reload only its first characters remain.
  await curator.go('/account/tokens');
  expect(await c.locator('main').innerText()).not.toContain(token);
  const prefix = await c.locator('#token-list code').first().innerText();
  expect(prefix.length).toBeLessThan(20);
  expect(token.startsWith(prefix.replace('…', ''))).toBe(true);
  await c.getByRole('button', { name: 'Revoke “CI import”' }).click();
  await c.getByRole('status').getByText('The token is revoked.').waitFor();
  expect((await write(token)).status).toBe(401);
});

it('lets an administrator end a user’s sessions and turn off their lost second factor, which they then enrol again', async () => {
  const { page } = admin;
  await admin.go('/admin/users');
  await page.getByText('2 accounts', { exact: true }).waitFor();
  await page.getByText('Actions for Grace Curator').click();
  await checkPage(page, 'admin-users');
  await page.getByRole('button', { name: 'End the sessions of Grace Curator' }).click();
  await page.getByRole('status').getByText('Every session of Grace Curator has ended.').waitFor();
  await curator.go('/account');
  await curator.page.getByText('Sign in to see this page.').waitFor();

  await page.getByRole('button', { name: 'Turn off two-factor authentication for Grace Curator' }).click();
  await page.getByRole('status').getByText('Two-factor authentication is off for Grace Curator').waitFor();
  await signIn(curator, CURATOR, NEW_PASSWORD);
  await loaded(curator.page, /\/account\/two-factor$/);
  ({ secret: curatorSecret } = await enrolTotp(curator.page));
  await curator.page.getByRole('button', { name: 'I have stored them: continue' }).click();
  await loaded(curator.page, /\/account$/);
  expect(admin.errors).toEqual([]);
  expect(curator.errors).toEqual([]);
});

it('replaces the recovery codes, changes the password and signs out everywhere, ending a session elsewhere', async () => {
  const c = curator.page;
  await curator.go('/account');
  await c.getByText('10 unused recovery codes are left.').waitFor();
  await c.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await c.getByRole('button', { name: 'Make new recovery codes' }).click();
  await c.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  const fresh = await c.locator('.recovery-codes__list li').allInnerTexts();
  expect(fresh).toHaveLength(10);
  expect(fresh).not.toContain(curatorCodes[1]);
  await c.getByRole('button', { name: 'I have stored them: continue' }).click();
  await c.getByText('10 unused recovery codes are left.').waitFor();

  await c.getByLabel('Current password').fill(NEW_PASSWORD);
  await c.getByLabel('New password').fill(THIRD_PASSWORD);
  await c.getByRole('button', { name: 'Change the password' }).click();
  await c.getByRole('status').getByText('Your password is changed, and your other sessions have ended.').waitFor();

  // A second browser signs in; signing out everywhere from the first ends it too.
  const elsewhere = await visitor(browser, server.url);
  await signIn(elsewhere, CURATOR, THIRD_PASSWORD, await totpCode(curatorSecret, 1));
  await loaded(elsewhere.page, /\/account$/);
  await c.getByRole('button', { name: 'Sign out everywhere' }).click();
  await loaded(c, /\/sign-in$/);
  await elsewhere.go('/account');
  await elsewhere.page.getByText('Sign in to see this page.').waitFor();
  await elsewhere.context.close();
  await signIn(curator, CURATOR, THIRD_PASSWORD, fresh[0]);
  await loaded(c, /\/account$/);
  expect(curator.errors).toEqual([]);
});

it('downloads the user’s data as JSON, then deletes the account with the password', async () => {
  const c = curator.page;
  await curator.go('/account');
  const download = c.waitForEvent('download');
  await c.getByRole('button', { name: 'Download my data' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('iotspp-personal-data.json');
  const data = JSON.parse(readFileSync((await saved.path())!, 'utf8')) as { format: string; profile: { email: string; displayName: string } };
  expect(data.format).toBe('iotspp-personal-data/1');
  expect(data.profile).toMatchObject({ email: CURATOR, displayName: 'Grace Curator' });

  await c.getByLabel('Your password, to confirm').fill('not the password at all');
  await c.getByRole('button', { name: 'Delete my account' }).click();
  await c.getByRole('alert').getByText(/wrong/).waitFor();
  await c.getByLabel('Your password, to confirm').fill(THIRD_PASSWORD);
  await c.getByRole('button', { name: 'Delete my account' }).click();
  await loaded(c, /\/sign-in\?deleted$/);
  await c.getByText('Your account and your personal data are deleted.').waitFor();
  await signIn(curator, CURATOR, THIRD_PASSWORD, await totpCode(curatorSecret, 1));
  await c.getByRole('alert').getByText('The email address, the password or the code is wrong.').waitFor();
  expect(curator.errors).toEqual([]);
  await curator.context.close();
});

it('shows administrators the remaining users, the organisation’s people and the audit log, whose chain verifies', async () => {
  const { page } = admin;
  await admin.go('/admin/users');
  // The erased account is gone from the list; its pseudonymous shell stays only for the records.
  await page.getByText('1 account', { exact: true }).waitFor();
  expect(await page.locator('#user-list').innerText()).not.toContain('Grace');

  await admin.go('/organisations');
  await page.getByRole('link', { name: 'Platform Secretariat' }).click();
  await page.locator('#people-list').getByText('Ada Administrator').waitFor();
  await checkPage(page, 'account-organisation');

  await admin.go('/admin/audit');
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await page.locator('#verify-result').getByText(/^The chain verifies: \d+ entries/).waitFor();
  expect(await page.locator('.audit-table tbody tr').count()).toBeGreaterThan(10);
  await checkPage(page, 'admin-audit');

  // The same pages in French, for a signed-in administrator.
  await page.getByRole('button', { name: 'Français' }).click();
  await page.locator('main h1').getByText('Journal d’audit').waitFor();
  await expectNoAxeViolations(page, 'admin-audit (fr)');
  await admin.go('/account');
  await page.getByRole('heading', { name: 'Changer de mot de passe' }).waitFor();
  await expectNoAxeViolations(page, 'account (fr)');
  await page.getByRole('button', { name: 'English' }).click();
  expect(admin.errors).toEqual([]);
});

it('says how long to wait when sign-in is throttled', async () => {
  const v = await visitor(browser, server.url);
  await signIn(v, 'nobody@example.org', 'wrong password number 0');
  const alert = v.page.getByRole('alert');
  await alert.getByText('The email address, the password or the code is wrong.').waitFor();
  // Four more wrong passwords from the same form; the sixth attempt finds the account locked.
  for (let i = 1; i <= 5; i++) {
    await v.page.getByLabel('Password', { exact: true }).fill(`wrong password number ${i}`);
    await v.page.getByRole('button', { name: 'Sign in' }).click();
    await v.page.getByRole('button', { name: 'Sign in' }).and(v.page.locator(':enabled')).waitFor();
  }
  await alert.getByText(/^Too many failed attempts\. Wait \d+ seconds before you try again\.$/).waitFor();
  await expectNoAxeViolations(v.page, 'sign-in throttled');
  expect(v.errors).toEqual([]);
  await v.context.close();
});

it('opens a setup link an operator issued with the CLI, with which a second administrator joins the existing organisation', async () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin', 'iotspp.js'), 'admin', 'create', '--email', 'lin@example.org'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `sqlite:${server.databaseFile}`, PUBLIC_URL: server.url, LOG_LEVEL: 'warn', SECRET_KEY_FILE: join(dirname(server.databaseFile), 'secret.key') },
  });
  const link = /https?:\/\/\S+\/setup#token=\S+/.exec(stdout)?.[0];
  expect(link, stdout).toBeDefined();
  const v = await visitor(browser, server.url);
  await v.page.goto(link!, { waitUntil: 'networkidle' });
  await v.page.getByLabel('Your name').fill('Lin Administrator');
  await v.page.getByLabel('Email address').fill('lin@example.org');
  await v.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await v.page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Platform Secretariat' });
  expect(await v.page.getByLabel('Name of the organisation').count()).toBe(0);
  await v.page.getByRole('button', { name: 'Create the administrator' }).click();
  await v.page.getByRole('status').getByText('The administrator account is created.').waitFor();

  await admin.go('/organisations');
  await admin.page.getByRole('link', { name: 'Platform Secretariat' }).click();
  await admin.page.locator('#people-list').getByText('Lin Administrator').waitFor();
  expect(v.errors).toEqual([]);
  await v.context.close();
});
