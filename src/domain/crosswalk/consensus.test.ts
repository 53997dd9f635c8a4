import { describe, expect, it } from 'vitest';
import { consensus } from './consensus.js';
import { uniqueRequirements } from './unique-requirements.js';
import { indexOf } from './catalog-fixture.test-support.js';

const B = 'platform-baseline';
// B1 is covered by f, g and h; B2 by f only (partly); B3 by nobody.
const index = indexOf(
  [
    ['f:1', 'equivalent', `${B}:B1`],
    ['g:1', 'superset-of', `${B}:B1`],
    ['h:1', 'subset-of', `${B}:B1`],
    ['f:2', 'subset-of', `${B}:B2`],
    ['g:2', 'subset-of', `${B}:B2`], // f:2 and g:2 both inside B2: undetermined, so both stay unique
    ['f:3', 'no-relationship', `${B}:B3`],
    ['f:3', 'no-relationship', 'g:1'],
    ['h:2', 'equivalent', 'g:3'], // direct, outside the baseline
  ],
  { requirements: [`${B}:B1`, `${B}:B2`, `${B}:B3`] },
);

describe('consensus', () => {
  const report = consensus(index);

  it('compares every framework but the baseline by default', () => {
    expect(report.frameworkIds).toEqual(['f', 'g', 'h']);
    expect(report.unknownFrameworkIds).toEqual([]);
  });

  it('gives each baseline item its share of covering frameworks, highest first', () => {
    expect(report.items.map((i) => [i.requirementId, i.frameworks, i.count, i.fullCount, i.total, i.share])).toEqual([
      ['B1', ['f', 'g', 'h'], 3, 2, 3, 1],
      ['B2', ['f', 'g'], 2, 0, 3, 2 / 3],
      ['B3', [], 0, 0, 3, 0],
    ]);
  });

  it('measures fragmentation as the mean of 1 - share over baseline items', () => {
    expect(report.fragmentation).toBeCloseTo((0 + 1 / 3 + 1) / 3, 12);
  });

  it('counts only the chosen frameworks, and reports ids it does not know', () => {
    const chosen = consensus(index, { frameworkIds: ['f', 'h', B, 'nope'] });
    expect(chosen.frameworkIds).toEqual(['f', 'h']);
    expect(chosen.unknownFrameworkIds).toEqual(['nope']);
    expect(chosen.items.map((i) => [i.requirementId, i.count, i.total])).toEqual([
      ['B1', 2, 2],
      ['B2', 1, 2],
      ['B3', 0, 2],
    ]);
    expect(chosen.fragmentation).toBeCloseTo((0 + 0.5 + 1) / 3, 12);
  });

  it('has no fragmentation to report without frameworks or baseline items', () => {
    expect(consensus(index, { frameworkIds: [] }).fragmentation).toBeNull();
    expect(consensus(indexOf([['a:1', 'equivalent', 'b:1']])).fragmentation).toBeNull();
  });

  it('finds the requirements no other framework relates to', () => {
    const unique = Object.fromEntries(report.frameworks.map((f) => [f.frameworkId, [f.unique, f.uniqueCount, f.requirements, f.uniqueShare]]));
    // f:1 meets g:1 and h:1 through B1. f:2 only has an undetermined path to g:2. f:3 has no-relationship only.
    expect(unique['f']).toEqual([['f:2', 'f:3'], 2, 3, 2 / 3]);
    // g:2 reaches f:2 only undetermined; g:3 is linked directly to h:2.
    expect(unique['g']).toEqual([['g:2'], 1, 3, 1 / 3]);
    expect(unique['h']).toEqual([[], 0, 2, 0]);
    expect(report.uncertainUnique).toEqual([]);
  });

  it('judges uniqueness against the chosen frameworks only', () => {
    const { frameworks } = uniqueRequirements(index, ['f', 'h']);
    expect(frameworks.find((f) => f.frameworkId === 'h')!.unique).toEqual(['h:2']);
  });
});
