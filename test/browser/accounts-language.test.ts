// The account pages speak the interface language, fit a 360 px phone and pass axe in French and Spanish, say
// refusals in the reader's language, and work by keyboard with a visible focus (the shared server: no account
// exists there, so these are the pages the public sees).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, openPage, PHONE, visit } from './helpers/browser.js';
import { focused, tabTo } from './helpers/keyboard.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PAGES: [path: string, heading: Record<'fr' | 'es', string>][] = [
  ['/sign-in', { fr: 'Se connecter', es: 'Iniciar sesión' }],
  ['/password-reset', { fr: 'Réinitialiser votre mot de passe', es: 'Restablecer su contraseña' }],
  ['/setup', { fr: 'Créer un compte administrateur', es: 'Crear un administrador' }],
  ['/invitations/accept', { fr: 'Accepter votre invitation', es: 'Aceptar su invitación' }],
  ['/account', { fr: 'Votre compte', es: 'Su cuenta' }],
  ['/account/tokens', { fr: 'Jetons d’API', es: 'Tokens de API' }],
  ['/organisations', { fr: 'Organisations', es: 'Organizaciones' }],
  ['/history?framework=etsi-en-303-645', { fr: 'Historique : ETSI EN 303 645', es: 'Historial de ETSI EN 303 645' }],
];

for (const locale of ['fr-FR', 'es-ES'] as const) {
  it(`shows the account pages in ${locale}, phone-sized and accessible`, { timeout: 180_000 }, async () => {
    const lang = locale.slice(0, 2) as 'fr' | 'es';
    const { context, page, errors } = await openPage(browser, { locale, viewport: PHONE });
    for (const [path, heading] of PAGES) {
      await visit(page, path);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('main h1').innerText(), path).toBe(heading[lang]);
      await expectNoHorizontalScroll(page, `${path} (${locale})`);
      await expectNoAxeViolations(page, `${path} (${locale})`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}

it('says a refused sign-in in the reader’s language', async () => {
  const { context, page } = await openPage(browser, { locale: 'fr-FR' });
  await visit(page, '/sign-in');
  await page.getByLabel('Adresse électronique').fill('personne@example.org');
  await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('alert').getByText('L’adresse électronique, le mot de passe ou le code est erroné.').waitFor();
  await context.close();
});

it('reaches the sign-in form from the header by keyboard, with a visible focus at every control', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/frameworks');
  const link = await tabTo(page, (f) => f.tag === 'A' && f.text === 'Sign in');
  expect(link.indicator).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/sign-in\?next=%2Fframeworks$/);
  await page.locator('main h1').getByText('Sign in').waitFor();
  expect((await focused(page)).tag).toBe('H1');
  for (const id of ['sign-in-email', 'sign-in-password']) {
    const f = await tabTo(page, (s) => s.id === id, 10);
    expect(f.indicator, id).toBe(true);
  }
  await page.keyboard.type('secret words');
  const toggle = await tabTo(page, (s) => s.tag === 'INPUT' && s.id === '', 3);
  expect(toggle.indicator).toBe(true);
  await page.keyboard.press('Space');
  expect(await page.locator('#sign-in-password').getAttribute('type')).toBe('text');
  const code = await tabTo(page, (s) => s.id === 'sign-in-code', 3);
  expect(code.indicator).toBe(true);
  const submit = await tabTo(page, (s) => s.tag === 'BUTTON', 3);
  expect(submit.text).toBe('Sign in');
  expect(submit.indicator).toBe(true);
  await context.close();
});
