// The JavaScript a browser needs before the first page renders stays under 250 KB gzipped.
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_BYTES, initialJsReport } from '../../web/build/initial-js.js';

it('keeps the initial JavaScript under 250 KB gzipped', () => {
  const report = initialJsReport(fileURLToPath(new URL('../../dist/web', import.meta.url)));
  process.stdout.write(`${report.line}\n`);
  expect(report.files.length).toBeGreaterThan(0);
  expect(report.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
});
