// The interface speaks English, French and Spanish: picked from the browser's preferences or the switch, and
// remembered across visits. Framework texts stay as written.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, openPage, PHONE, visit } from './helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('switches language with the switch, and remembers the choice on reload and on other pages', async () => {
  const { context, page } = await openPage(browser, { locale: 'en-GB' });
  await visit(page, '/');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.locator('main h1').innerText()).toBe('Where the world’s IoT security frameworks agree');

  await page.getByRole('button', { name: 'Français' }).click();
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  expect(await page.locator('main h1').innerText()).toBe('Là où les référentiels de sécurité IoT du monde s’accordent');
  expect(await page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true');
  await expectNoAxeViolations(page, '/ in French');

  await page.reload({ waitUntil: 'networkidle' });
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  expect(await page.getByRole('navigation', { name: 'Principale' }).innerText()).toContain('Référentiels');

  await visit(page, '/frameworks/etsi-en-303-645');
  expect(await page.getByRole('heading', { name: 'Exigences', exact: true }).count()).toBe(1);
  // Framework texts are not translated, and are marked as English for screen readers.
  expect(await page.locator('.subtitle').getAttribute('lang')).toBe('en');

  await page.getByRole('button', { name: 'Español' }).click();
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  expect(await page.getByRole('heading', { name: 'Requisitos', exact: true }).count()).toBe(1);
  await context.close();
});

it('starts in the browser’s preferred language when nothing is remembered', async () => {
  for (const [locale, lang, title] of [
    ['es-ES', 'es', 'Donde coinciden los marcos de seguridad IoT del mundo'],
    ['fr-CA', 'fr', 'Là où les référentiels de sécurité IoT du monde s’accordent'],
    ['de-DE', 'en', 'Where the world’s IoT security frameworks agree'],
  ] as const) {
    const { context, page } = await openPage(browser, { locale });
    await visit(page, '/');
    expect(await page.locator('html').getAttribute('lang'), locale).toBe(lang);
    expect(await page.locator('main h1').innerText(), locale).toBe(title);
    await context.close();
  }
});

const TRANSLATED_PAGES = [
  '/',
  '/frameworks',
  '/frameworks/etsi-en-303-645',
  '/frameworks/etsi-en-303-645/requirements/5.1-1',
  '/search?q=update',
  '/compare?a=etsi-en-303-645&b=uk-psti',
  '/consensus',
  '/consensus?view=organisations&display=table',
];

for (const locale of ['fr-FR', 'es-ES']) {
  it(`keeps every page accessible and phone-sized in ${locale} (longer words, other typography)`, { timeout: 240_000 }, async () => {
    const { context, page } = await openPage(browser, { locale, viewport: PHONE });
    for (const path of TRANSLATED_PAGES) {
      await visit(page, path);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
      await expectNoHorizontalScroll(page, `${path} (${locale})`);
      await expectNoAxeViolations(page, `${path} (${locale})`);
    }
    await context.close();
  });
}
