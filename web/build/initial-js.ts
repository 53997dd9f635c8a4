// Measures the JavaScript a browser must fetch before the first page can render: the entry script of
// dist/web/index.html and every chunk it preloads, gzipped. Used by the Vite build (to print the figure) and by
// the browser tests (to fail when the budget is exceeded).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 250 * 1024;

export interface InitialJsReport {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  withinBudget: boolean;
  line: string;
}

/** Script and modulepreload URLs of the built index.html, in document order. */
export function initialScripts(html: string): string[] {
  const urls: string[] = [];
  const tag = /<(script|link)\b[^>]*>/g;
  for (const match of html.matchAll(tag)) {
    const text = match[0];
    const isScript = match[1] === 'script' && /\btype="module"/.test(text);
    const isPreload = match[1] === 'link' && /\brel="modulepreload"/.test(text);
    const url = /\b(?:src|href)="([^"]+)"/.exec(text)?.[1];
    if ((isScript || isPreload) && url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

export function initialJsReport(outDir: string): InitialJsReport {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = initialScripts(html).map((url) => {
    const content = readFileSync(join(outDir, url.replace(/^\//, '')));
    return { file: url, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  const kb = (n: number) => (n / 1024).toFixed(1);
  const withinBudget = gzipBytes <= INITIAL_JS_BUDGET_BYTES;
  const line =
    `initial JavaScript: ${kb(gzipBytes)} KB gzipped (${kb(bytes)} KB raw, ${files.length} file(s)); ` +
    `budget ${kb(INITIAL_JS_BUDGET_BYTES)} KB${withinBudget ? '' : ' EXCEEDED'}`;
  return { files, bytes, gzipBytes, withinBudget, line };
}
