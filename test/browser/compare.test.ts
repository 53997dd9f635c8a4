// The compare page: pick two frameworks, see each requirement's status beside its counterparts, and download
// the comparison as CSV (checked against the API's own answer).
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, settle, visit } from './helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A small RFC 4180 reader: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

it('compares ETSI EN 303 645 with UK PSTI chosen in the form, and downloads the comparison as CSV', async () => {
  const { context, page, errors } = await openPage(browser, { acceptDownloads: true });
  await visit(page, '/compare');
  await page.getByLabel('Requirements of').selectOption('etsi-en-303-645');
  await page.getByLabel('Checked against').selectOption('uk-psti');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForURL(/\/compare\?a=etsi-en-303-645&b=uk-psti$/);
  await settle(page);
  await page.locator('#forward-title').waitFor();
  expect(await page.locator('#forward-title').innerText()).toBe('ETSI EN 303 645 checked against UK PSTI');
  const row = page.locator('#forward-title').locator('..').locator('.compare-row', { hasText: '5.1-1 Unique per-device' });
  expect(await row.innerText()).toMatch(/Partial/);
  expect(await row.innerText()).toMatch(/Sch1-1/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('compare-etsi-en-303-645-uk-psti.csv');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff); // byte-order mark, for spreadsheet programs
  const rows = parseCsv(text.slice(1));
  expect(rows[0]).toEqual(['framework', 'requirement', 'title', 'status', 'checked against', 'counterparts', 'relationships', 'how', 'explanation']);

  // One row per requirement of each framework checked against the other, matching the API's answer.
  const forward = (await (await fetch(`${baseUrl()}/api/gaps?a=etsi-en-303-645&b=uk-psti`)).json()) as {
    requirements: { requirement: { id: string }; status: string; counterparts: { requirement: { id: string } }[] }[];
  };
  const reverse = (await (await fetch(`${baseUrl()}/api/gaps?a=uk-psti&b=etsi-en-303-645`)).json()) as { requirements: unknown[] };
  const body = rows.slice(1);
  expect(body).toHaveLength(forward.requirements.length + reverse.requirements.length);
  const etsiRows = body.filter((r) => r[0] === 'ETSI EN 303 645');
  expect(etsiRows).toHaveLength(forward.requirements.length);
  for (const r of forward.requirements) {
    const line = etsiRows.find((x) => x[1] === r.requirement.id)!;
    expect(line, r.requirement.id).toBeDefined();
    expect(line[3]!.toLowerCase()).toBe(r.status);
    expect(line[4]).toBe('UK PSTI');
    expect(line[5]).toBe(r.counterparts.map((c) => c.requirement.id).join('; '));
  }
  const line = etsiRows.find((x) => x[1] === '5.1-1')!;
  expect(line[2]).toBe('Unique per-device or user-defined passwords');
  expect(line[5]!.split('; ')).toContain('Sch1-1');
  expect(body.filter((r) => r[0] === 'UK PSTI').map((r) => r[1])).toContain('Sch1-1');
  expect(errors).toEqual([]);
  await context.close();
});

it('keeps the comparison and the status filter in the address (back button, shared links)', async () => {
  const { context, page } = await openPage(browser);
  await visit(page, '/compare?a=etsi-en-303-645&b=uk-psti');
  await page.locator('#forward-title').waitFor();
  const all = await page.locator('#forward-title').locator('..').locator('.compare-row:not(.compare-head)').count();
  await page.locator('input[name="forward-status"][value="missing"]').check();
  await page.waitForURL(/show=missing/);
  const missing = await page.locator('#forward-title').locator('..').locator('.compare-row:not(.compare-head)').count();
  expect(missing).toBeLessThan(all);
  expect(await page.locator('#forward-title').locator('..').locator('.compare-row:not(.compare-head) .badge--gap-missing').count()).toBe(missing);
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('#forward-title').waitFor();
  expect(await page.locator('input[name="forward-status"][value="missing"]').isChecked()).toBe(true);
  await context.close();
});
