// Runs the demo loaders in dependency order (all of them, or the named ones and what they build on).
import { demoLoaders } from './loaders.js';
import { orderLoaders, type DemoContext, type DemoLoader, type DemoResult } from './demo-loader.js';
import { DomainError } from '../../domain/errors.js';

export interface DemoRun {
  loader: string;
  result: DemoResult;
}

export async function loadDemo(ctx: DemoContext, options: { only?: readonly string[]; loaders?: readonly DemoLoader[] } = {}): Promise<DemoRun[]> {
  const all = options.loaders ?? demoLoaders;
  let selected = orderLoaders(all);
  if (options.only && options.only.length > 0) {
    const unknown = options.only.filter((n) => !all.some((l) => l.name === n));
    if (unknown.length > 0) {
      throw new DomainError('not_found', `No demo data called ${unknown.map((n) => `"${n}"`).join(', ')}; there is ${all.map((l) => `"${l.name}"`).join(', ') || 'none'}.`);
    }
    const wanted = new Set<string>();
    const add = (name: string) => {
      if (wanted.has(name)) return;
      wanted.add(name);
      for (const dep of all.find((l) => l.name === name)!.after) add(dep);
    };
    options.only.forEach(add);
    selected = selected.filter((l) => wanted.has(l.name));
  }
  const runs: DemoRun[] = [];
  for (const loader of selected) runs.push({ loader: loader.name, result: await loader.load(ctx) });
  return runs;
}
