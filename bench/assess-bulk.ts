// Bulk assessment (`iotspp assess --bulk`) of 100,000 generated declarations against every bundled framework,
// as a ratio to JSON.parse of the same NDJSON read the same way in the same run, and the peak memory at
// 10,000 and at 100,000 declarations: memory must not grow with the number of declarations (the bench fails
// when the peak at 100,000 exceeds the peak at 10,000 by more than a quarter plus 20 MB).
// Run: node bin/run-ts.js bench/assess-bulk.ts [--count N]
// Each measurement runs in its own process (node bin/run-ts.js bench/assess-bulk.ts --child MODE FILE), so
// peak RSS belongs to that measurement alone.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import { offlineRegistry } from '../src/commands/assessments/offline-plan.js';
import { assessLines, emptyTotals } from '../src/commands/assessments/assess-bulk.js';
import { writeDeclarations } from './generate-declarations.js';
import { line } from './stats.js';

interface ChildResult {
  lines: number;
  ms: number;
  maxRssMb: number;
  heapPeakMb: number;
  verdicts?: Record<string, Record<string, number>>;
}

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

/** A sink that accepts output as fast as possible, as a fast pipe would: the cost of serialising stays measured. */
function nullSink(): Writable {
  return new Writable({ write: (_chunk, _enc, done) => done() });
}

async function child(mode: 'parse' | 'bulk', file: string): Promise<ChildResult> {
  const registry = mode === 'bulk' ? offlineRegistry() : null;
  let heapPeak = 0;
  const sample = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
  const sink = nullSink();
  const input = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const t0 = performance.now();
  let lines = 0;
  let verdicts: ChildResult['verdicts'];
  if (mode === 'parse') {
    for await (const text of input) {
      if (text === '') continue;
      JSON.parse(text);
      lines++;
    }
  } else {
    const totals = emptyTotals();
    for await (const result of assessLines(registry!, input, [], totals)) {
      if (!sink.write(`${JSON.stringify(result)}\n`)) await once(sink, 'drain');
      lines++;
    }
    verdicts = totals.verdicts;
  }
  const ms = performance.now() - t0;
  clearInterval(sample);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  return { lines, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, heapPeakMb: heapPeak / 1024 / 1024, verdicts };
}

function runChild(mode: 'parse' | 'bulk', file: string): ChildResult {
  const result = spawnSync(process.execPath, ['bin/run-ts.js', 'bench/assess-bulk.ts', '--child', mode, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`child ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

async function main(): Promise<void> {
  const count = Number(arg('count') ?? 100_000);
  const small = Math.max(1, Math.round(count / 10));
  const { plan } = offlineRegistry();
  const dir = mkdtempSync(join(tmpdir(), 'iotspp-bench-assess-'));
  try {
    const big = join(dir, 'big.ndjson');
    const little = join(dir, 'small.ndjson');
    const bytes = await writeDeclarations(plan, big, count);
    await writeDeclarations(plan, little, small);
    const requirements = plan.frameworks.reduce((n, f) => n + f.requirements.length, 0);
    line('input', `${count.toLocaleString('en')} declarations, ${(bytes / 1024 / 1024).toFixed(0)} MB NDJSON; ${plan.items.length} baseline items each`);
    line('frameworks', `${plan.frameworks.length} frameworks, ${requirements} requirements derived per declaration`);

    const parse = runChild('parse', big);
    const bulk = runChild('bulk', big);
    const bulkSmall = runChild('bulk', little);
    const rate = (r: ChildResult) => `${Math.round(r.lines / (r.ms / 1000)).toLocaleString('en')}/s`;
    line('JSON.parse of each line (same read)', `${(parse.ms / 1000).toFixed(2)} s  ${rate(parse)}`);
    line('bulk assessment (validate, derive, write)', `${(bulk.ms / 1000).toFixed(2)} s  ${rate(bulk)}`);
    line('ratio bulk / JSON.parse', `${(bulk.ms / parse.ms).toFixed(1)}x`);
    line(`peak memory at ${small.toLocaleString('en')} declarations`, `RSS ${bulkSmall.maxRssMb.toFixed(0)} MB, heap ${bulkSmall.heapPeakMb.toFixed(0)} MB`);
    line(`peak memory at ${count.toLocaleString('en')} declarations`, `RSS ${bulk.maxRssMb.toFixed(0)} MB, heap ${bulk.heapPeakMb.toFixed(0)} MB`);
    line('peak RSS growth for 10x the declarations', `${(bulk.maxRssMb / bulkSmall.maxRssMb).toFixed(2)}x`);
    line('peak memory of JSON.parse alone', `RSS ${parse.maxRssMb.toFixed(0)} MB`);
    const psti = bulk.verdicts?.['uk-psti'];
    if (psti) line('UK PSTI verdicts (a sanity check)', JSON.stringify(psti));
    if (bulk.lines !== count || bulkSmall.lines !== small) throw new Error(`assessed ${bulk.lines} and ${bulkSmall.lines} lines, expected ${count} and ${small}`);
    if (bulk.maxRssMb > bulkSmall.maxRssMb * 1.25 + 20) {
      process.stdout.write('FAIL: peak memory grows with the number of declarations\n');
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (arg('child')) {
  const mode = arg('child') as 'parse' | 'bulk';
  const file = process.argv[process.argv.indexOf('--child') + 2]!;
  process.stdout.write(`${JSON.stringify(await child(mode, file))}\n`);
} else {
  await main();
}
