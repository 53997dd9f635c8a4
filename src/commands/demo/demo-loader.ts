// `iotspp demo load`: clearly fictional data so a newcomer sees every part of the Platform working. Each part
// of the Platform (labels, governance, disclosure...) contributes one loader, listed in ./loaders.ts. A loader
// runs in its own transactions through the ordinary commands (so audit entries and rules apply as for real
// data), and is idempotent: running `demo load` twice adds nothing the second time.
import type { Config } from '../../config.js';
import type { CommandContext } from '../context.js';

export interface DemoContext extends CommandContext {
  /** The running configuration: loaders open what they need from it (key files, PUBLIC_URL for links). */
  config: Config;
}

export interface DemoLink {
  title: string;
  url: string;
}

export interface DemoResult {
  /** One line saying what was added (or that it was there already). */
  summary: string;
  /** Pages worth opening to see the data, printed after loading. */
  links: DemoLink[];
}

export interface DemoLoader {
  /** A short name, printed and accepted by `demo load --only NAME`. */
  name: string;
  /** Loaders whose data this one builds on; they run first. */
  after: readonly string[];
  load(ctx: DemoContext): Promise<DemoResult>;
}

/** Every name used by demo data starts with this, so nobody mistakes it for a real manufacturer or product. */
export const DEMO_PREFIX = 'Demo';

/** The loaders in an order where each comes after those it builds on; an unknown or cyclic `after` is refused. */
export function orderLoaders(loaders: readonly DemoLoader[]): DemoLoader[] {
  const byName = new Map(loaders.map((l) => [l.name, l]));
  const ordered: DemoLoader[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (l: DemoLoader, path: string[]) => {
    if (state.get(l.name) === 'done') return;
    if (state.get(l.name) === 'visiting') throw new Error(`demo loaders depend on each other in a cycle: ${[...path, l.name].join(' -> ')}`);
    state.set(l.name, 'visiting');
    for (const name of l.after) {
      const dep = byName.get(name);
      if (!dep) throw new Error(`the demo loader "${l.name}" comes after "${name}", which does not exist`);
      visit(dep, [...path, l.name]);
    }
    state.set(l.name, 'done');
    ordered.push(l);
  };
  for (const l of loaders) visit(l, []);
  return ordered;
}
