// For the account journeys: pages in their own browser contexts against a server of the test's own (fresh
// store, so there is no account before setup), TOTP codes computed as an authenticator app would, and the
// checks each page gets (axe at desktop and phone width, no sideways scroll, screenshots for the docs).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generate } from 'otplib';
import { expect } from 'vitest';
import { DESKTOP, expectNoAxeViolations, expectNoHorizontalScroll, openPage, PHONE, screenshot, settle } from './browser.js';

export const PASSWORD = 'a long and unremarkable passphrase';

export interface Visitor {
  context: BrowserContext;
  page: Page;
  errors: string[];
  go(path: string): Promise<void>;
}

export async function visitor(browser: Browser, base: string, locale = 'en-GB'): Promise<Visitor> {
  const { context, page, errors } = await openPage(browser, { acceptDownloads: true, locale });
  return {
    context,
    page,
    errors,
    go: async (path) => {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await settle(page);
    },
  };
}

/** The code an authenticator app shows `steps` periods of 30 s from now. */
export function totpCode(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** Axe at desktop width, then at phone width with no sideways scroll, with a screenshot at each. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await expectNoHorizontalScroll(page, name);
  await expectNoAxeViolations(page, `${name} (phone)`);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** Waits for a full page load the application makes itself (after signing in or out). */
export async function loaded(page: Page, path: RegExp): Promise<void> {
  await page.waitForURL(path);
  await page.waitForLoadState('networkidle');
  await settle(page);
}

/** Signs in through the form: email, password and, when given, a TOTP or recovery code. */
export async function signIn(v: Visitor, email: string, password: string, code?: string): Promise<void> {
  await v.go('/sign-in');
  await v.page.getByLabel('Email address').fill(email);
  await v.page.getByLabel('Password', { exact: true }).fill(password);
  if (code !== undefined) await v.page.getByLabel('Code from your authenticator app, or a recovery code').fill(code);
  await v.page.getByRole('button', { name: 'Sign in' }).click();
}

/** Enrols TOTP on the two-factor page: reads the key as text, confirms a code, returns the key and codes. */
export async function enrolTotp(page: Page): Promise<{ secret: string; codes: string[] }> {
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('6-digit code').fill(await totpCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  const codes = await page.locator('.recovery-codes__list li').allInnerTexts();
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

/** The one-time link in the newest outbox message to an address, as an administrator's outbox page shows it. */
export async function linkFromOutbox(admin: Visitor, to: string, kind: RegExp): Promise<string> {
  await admin.go('/admin/outbox');
  const message = admin.page.locator('#outbox-list > li', { hasText: to }).first();
  const anchors = message.locator('a.mail-link');
  const links: string[] = [];
  for (let i = 0; i < (await anchors.count()); i++) links.push((await anchors.nth(i).getAttribute('href')) ?? '');
  const link = links.find((href) => kind.test(href));
  if (!link) throw new Error(`no ${kind} link to ${to} in the outbox: ${links.join(', ')}`);
  return link;
}
