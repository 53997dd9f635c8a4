// Small helpers shared by the benchmarks: percentiles, timing, and one line of output per figure.
import { performance } from 'node:perf_hooks';

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs fn `runs` times after `warmup` unmeasured runs; returns the sorted durations in milliseconds. */
export async function timeRuns(fn: () => unknown | Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

export const ms = (value: number): string => `${value.toFixed(2)} ms`;

export function line(label: string, text: string): void {
  process.stdout.write(`${label.padEnd(44)} ${text}\n`);
}
