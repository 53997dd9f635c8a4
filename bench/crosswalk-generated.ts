// Crosswalk query latency on a synthetic hub-shaped catalog (10,000 requirements, 50,000 mappings, a 200-item
// baseline). Run: node bin/run-ts.js bench/crosswalk-generated.ts [--queries N] [--seed S]
import { performance } from 'node:perf_hooks';
import { generateCatalog } from './generate-catalog.js';
import { buildCrosswalkIndex } from '../src/domain/crosswalk/crosswalk-index.js';
import { inferMappings, type InferOptions } from '../src/domain/crosswalk/inferred-mappings.js';
import { BASELINE_FRAMEWORK_ID } from '../src/domain/frameworks/framework.js';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const queries = arg('queries', 1000);
const seed = arg('seed', 42);
const data = generateCatalog({ requirements: 10_000, mappings: 50_000, seed });

const buildStart = performance.now();
const index = buildCrosswalkIndex(data);
const buildMs = performance.now() - buildStart;

// The query sample uses its own deterministic sequence so it does not depend on how the catalog was drawn.
let state = seed ^ 0x9e3779b9;
const next = (n: number): number => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state % n;
};

function run(label: string, starts: readonly string[], options: (key: string) => InferOptions): void {
  // Warm the JIT on a few queries so the first measured ones do not pay for compilation.
  for (const key of starts.slice(0, 20)) inferMappings(index, key, options(key));
  const times: number[] = [];
  let truncated = 0;
  let reached = 0;
  for (const key of starts) {
    const t0 = performance.now();
    const result = inferMappings(index, key, options(key))!;
    times.push(performance.now() - t0);
    if (result.truncated) truncated++;
    reached += result.direct.length + result.inferred.length;
  }
  times.sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(
    `${label.padEnd(34)} n=${starts.length}  p50 ${f(percentile(times, 50))}  p99 ${f(percentile(times, 99))}  max ${f(times.at(-1)!)}` +
      `  truncated ${truncated}  mean reached ${(reached / starts.length).toFixed(0)}`,
  );
}

console.log(
  `catalog: ${data.requirements.length} requirements, ${data.frameworks.length} frameworks, ${data.mappings.length} mappings (seed ${seed})`,
);
console.log(`index build: ${buildMs.toFixed(1)} ms (${index.ignoredMappings.length} mappings ignored)`);

const randomStarts = Array.from({ length: queries }, () => index.keys[next(index.keys.length)]!);
const frameworkIds = index.frameworks.map((f) => f.id).filter((id) => id !== BASELINE_FRAMEWORK_ID);
const targets = new Map(randomStarts.map((key) => [key, frameworkIds[next(frameworkIds.length)]!]));
const hubStarts = index.frameworkNodes(BASELINE_FRAMEWORK_ID).map((node) => index.keys[node]!);

run('random, maxHops 3, all frameworks', randomStarts, () => ({}));
run('random, maxHops 3, to one framework', randomStarts, (key) => ({ to: targets.get(key)! }));
run('baseline items (worst case), hops 3', hubStarts, () => ({}));
run('random, maxHops 5, all frameworks', randomStarts.slice(0, 200), () => ({ maxHops: 5 }));
