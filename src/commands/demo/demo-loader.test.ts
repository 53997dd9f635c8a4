import { describe, expect, it } from 'vitest';
import { orderLoaders, type DemoLoader } from './demo-loader.js';
import { loadDemo } from './load-demo.js';
import type { DemoContext } from './demo-loader.js';

const loader = (name: string, after: string[] = [], seen: string[] = []): DemoLoader => ({
  name,
  after,
  load: async () => {
    seen.push(name);
    return { summary: name, links: [] };
  },
});

describe('demo loaders', () => {
  it('run after the loaders they build on, whatever the order of the list', () => {
    const order = orderLoaders([loader('labels', ['products']), loader('disclosure', ['products']), loader('products')]).map((l) => l.name);
    expect(order).toEqual(['products', 'labels', 'disclosure']);
  });

  it('refuse an unknown dependency and a cycle', () => {
    expect(() => orderLoaders([loader('a', ['missing'])])).toThrow(/does not exist/);
    expect(() => orderLoaders([loader('a', ['b']), loader('b', ['a'])])).toThrow(/cycle/);
  });

  it('--only runs the named loaders and what they build on', async () => {
    const seen: string[] = [];
    const loaders = [loader('products', [], seen), loader('labels', ['products'], seen), loader('governance', [], seen)];
    await loadDemo({} as DemoContext, { only: ['labels'], loaders });
    expect(seen).toEqual(['products', 'labels']);
    await expect(loadDemo({} as DemoContext, { only: ['nothing'], loaders })).rejects.toThrow(/No demo data called "nothing"/);
  });
});
