import { describe, expect, it } from 'vitest';
import { releaseAdvisories, type PublishedAdvisoryFacts } from './release-advisories.js';

const releases = ['1.0', '1.1', '1.2', '2.0'].map((v) => ({ id: `r${v}`, version: v }));
const advisory = (id: string, affected: string[], fixed: string[], baseScore = 7.5): PublishedAdvisoryFacts => ({
  trackingId: id,
  title: id,
  cve: null,
  baseScore,
  severity: 'high',
  url: `https://x/${id}`,
  publishedAt: '2026-01-01T00:00:00.000Z',
  affectedReleaseIds: affected,
  fixedReleaseIds: fixed,
});

describe('releaseAdvisories', () => {
  it('a release no advisory names is not affected', () => {
    expect(releaseAdvisories('r2.0', releases, [advisory('A', ['r1.0'], ['r1.1'])])).toMatchObject({ status: 'not-affected', open: [], updateTo: null });
  });

  it('points to the first release that fixes every open advisory', () => {
    const result = releaseAdvisories('r1.0', releases, [advisory('A', ['r1.0'], ['r1.1']), advisory('B', ['r1.0', 'r1.1'], ['r1.2'], 9.8)]);
    expect(result.status).toBe('affected-fix-available');
    expect(result.open.map((o) => [o.advisory.trackingId, o.fixedIn?.version])).toEqual([['B', '1.2'], ['A', '1.1']]);
    expect(result.updateTo?.version).toBe('1.2');
  });

  it('skips a fixing release that another advisory names affected', () => {
    const result = releaseAdvisories('r1.0', releases, [advisory('A', ['r1.0'], ['r1.1']), advisory('C', ['r1.1', 'r1.2'], [])]);
    expect(result.updateTo?.version).toBe('2.0');
  });

  it('an advisory with no fix leaves the release affected with nothing to update to', () => {
    const result = releaseAdvisories('r1.2', releases, [advisory('C', ['r1.2'], [])]);
    expect(result).toMatchObject({ status: 'affected-no-fix', updateTo: null });
    expect(result.open[0]?.fixedIn).toBeNull();
  });
});
