import { describe, expect, it } from 'vitest';
import { baselineCoverage, baselineItemCoverage } from './coverage.js';
import { indexOf } from './catalog-fixture.test-support.js';

const B = 'platform-baseline';
const index = indexOf(
  [
    ['etsi:1', 'equivalent', `${B}:B1`, 9],
    ['etsi:2', 'subset-of', `${B}:B1`, 6],
    [`${B}:B1`, 'subset-of', 'psti:1', 8], // stated from the baseline: psti:1 superset-of B1, full
    ['etsi:3', 'intersects-with', `${B}:B2`, 5],
    [`${B}:B3`, 'no-relationship', 'psti:2', 9],
    [`${B}:B2`, 'equivalent', `${B}:B3`, 9], // between baseline items: not coverage
    ['petras-table2:P1', 'equivalent', `${B}:B1`, 7],
    ['petras-table2:P2', 'intersects-with', `${B}:B1`, 4],
    ['petras-table2:P3', 'superset-of', `${B}:B2`, 4],
  ],
  {
    requirements: [
      `${B}:B1`,
      `${B}:B2`,
      `${B}:B3`,
      { key: 'petras-table2:P1', organisations: ['NCSC', 'ENISA'] },
      { key: 'petras-table2:P2', organisations: ['ENISA'] },
      { key: 'petras-table2:P3', organisations: ['IoTSF'] },
    ],
  },
);

describe('baselineCoverage', () => {
  const coverage = baselineCoverage(index);
  const item = (id: string) => coverage.items.find((i) => i.requirementId === id)!;

  it('lists every baseline item in catalog order', () => {
    expect(coverage.items.map((i) => i.item)).toEqual([`${B}:B1`, `${B}:B2`, `${B}:B3`]);
    expect(item('B1').title).toBe('Title of B1');
  });

  it('names the covering frameworks and requirements, read from the requirement side, full or partial', () => {
    expect(item('B1').frameworks.map((f) => [f.frameworkId, f.full])).toEqual([
      ['etsi', true],
      ['petras-table2', true],
      ['psti', true],
    ]);
    const etsi = item('B1').frameworks[0]!;
    expect(etsi.requirements.map((r) => [r.requirement, r.relationship, r.strength, r.full])).toEqual([
      ['etsi:1', 'equivalent', 9, true],
      ['etsi:2', 'subset-of', 6, false],
    ]);
    expect(item('B1').frameworks[2]!.requirements[0]).toMatchObject({
      requirement: 'psti:1',
      relationship: 'superset-of',
      full: true,
      mappingId: `${B}:B1->psti:1`,
    });
  });

  it('counts intersects-with as partial coverage and ignores no-relationship and baseline-to-baseline mappings', () => {
    expect(item('B2').frameworks.map((f) => [f.frameworkId, f.full])).toEqual([
      ['etsi', false],
      ['petras-table2', true],
    ]);
    expect(item('B3').frameworks).toEqual([]);
  });

  it('gives each covering requirement its organisations, and each item the organisations behind it', () => {
    const petras = item('B1').frameworks.find((f) => f.frameworkId === 'petras-table2')!;
    expect(petras.requirements.map((r) => [r.requirement, r.organisations])).toEqual([
      ['petras-table2:P1', ['NCSC', 'ENISA']],
      ['petras-table2:P2', ['ENISA']],
    ]);
    expect(item('B1').organisations).toEqual([
      { organisation: 'ENISA', requirements: ['petras-table2:P1', 'petras-table2:P2'], full: true },
      { organisation: 'NCSC', requirements: ['petras-table2:P1'], full: true },
    ]);
    expect(item('B2').organisations).toEqual([{ organisation: 'IoTSF', requirements: ['petras-table2:P3'], full: true }]);
    expect(item('B3').organisations).toEqual([]);
    expect(coverage.organisations).toEqual(['ENISA', 'IoTSF', 'NCSC']);
  });

  it('keeps one entry per requirement when a pair is mapped from both sides, preferring full coverage', () => {
    const twice = indexOf([
      ['etsi:1', 'intersects-with', `${B}:B1`, 9],
      [`${B}:B1`, 'equivalent', 'etsi:1', 3],
    ]);
    const [framework] = baselineCoverage(twice).items[0]!.frameworks;
    expect(framework!.requirements.map((r) => [r.relationship, r.strength, r.full])).toEqual([['equivalent', 3, true]]);
  });

  it('answers for a single item, and null for something that is not a baseline item', () => {
    expect(baselineItemCoverage(index, `${B}:B2`)).toEqual(item('B2'));
    expect(baselineItemCoverage(index, 'etsi:1')).toBeNull();
    expect(baselineItemCoverage(index, 'nope:1')).toBeNull();
  });
});
