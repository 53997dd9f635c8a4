import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';

describe.each(dialects)('crosswalk routes on %s (bundled data)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('finds the UK PSTI password requirement from ETSI 5.1-1, with a path explained in words', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/crosswalk?from=etsi-en-303-645:5.1-1&to=uk-psti' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.from.key).toBe('etsi-en-303-645:5.1-1');
    const reached = [...body.direct, ...body.inferred].map((r: { requirement: { key: string } }) => r.requirement.key);
    expect(reached.some((k: string) => k.startsWith('uk-psti:Sch1-1'))).toBe(true);
    const viaHub = body.inferred.find((r: { requirement: { key: string } }) => r.requirement.key === 'uk-psti:Sch1-1(2)');
    expect(viaHub).toBeDefined();
    const path = viaHub.paths[0];
    expect(path.hops.length).toBeGreaterThanOrEqual(2);
    expect(path.hops.some((h: { to: { frameworkId: string } }) => h.to.frameworkId === 'platform-baseline')).toBe(true);
    expect(path.sentence).toMatch(/^ETSI EN 303 645 5\.1-1 .+ UK PSTI/);
    expect(path.rationales).toHaveLength(path.hops.length);
    // Every reached requirement belongs to the framework asked for.
    for (const r of [...body.direct, ...body.inferred]) expect(r.requirement.frameworkId).toBe('uk-psti');
  });

  it('shows the deemed-compliance routes of UK PSTI Schedule 2 as direct mappings from ETSI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/crosswalk?from=etsi-en-303-645:5.2-1&to=uk-psti' });
    const direct = res.json().direct.find((d: { requirement: { key: string } }) => d.requirement.key === 'uk-psti:Sch1-2');
    expect(direct).toBeDefined();
    expect(direct.statedFromOtherSide).toBe(true);
    expect(direct.provenance.source).toMatch(/2023\/1007/);
  });

  it('refuses malformed and unknown keys with stable codes', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/crosswalk?from=nonsense' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/crosswalk?from=etsi-en-303-645:9.9-9' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('requirement_not_found');
    const noFramework = await t.app.inject({ method: 'GET', url: '/api/crosswalk?from=etsi-en-303-645:5.1-1&to=nowhere' });
    expect(noFramework.statusCode).toBe(404);
    expect(noFramework.json().error.code).toBe('framework_not_found');
  });

  it('gives gaps with summary counts that add up', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/gaps?a=uk-psti&b=etsi-en-303-645' });
    expect(res.statusCode).toBe(200);
    const { summary, requirements } = res.json();
    expect(summary.total).toBe(requirements.length);
    expect(summary.covered + summary.partial + summary.missing).toBe(summary.total);
    const sch12 = requirements.find((r: { requirement: { key: string } }) => r.requirement.key === 'uk-psti:Sch1-2');
    expect(sch12.status).toBe('covered');
  });

  it('reproduces Table 2: each practice credits exactly the organisations the table gives', async () => {
    const coverage = (await t.app.inject({ method: 'GET', url: '/api/coverage' })).json();
    const practices = (await t.app.inject({ method: 'GET', url: '/api/frameworks/petras-table2/requirements?limit=200' })).json().items;
    const credited = new Map<string, Set<string>>();
    for (const item of coverage.items) {
      for (const f of item.frameworks) {
        if (f.frameworkId !== 'petras-table2') continue;
        for (const r of f.requirements) credited.set(r.requirement, new Set(r.organisations));
      }
    }
    expect(practices.length).toBeGreaterThan(50);
    for (const p of practices) {
      expect(credited.has(p.key), `${p.key} reaches the baseline`).toBe(true);
      expect([...credited.get(p.key)!].sort()).toEqual([...p.organisations].sort());
    }
  });

  it('gives consensus shares within 0..1, sorted by consensus, and live stats', async () => {
    const c = (await t.app.inject({ method: 'GET', url: '/api/consensus' })).json();
    const shares = c.items.map((i: { share: number }) => i.share);
    expect([...shares].sort((x, y) => y - x)).toEqual(shares);
    expect(c.fragmentation).toBeGreaterThanOrEqual(0);
    expect(c.fragmentation).toBeLessThanOrEqual(1);
    const stats = (await t.app.inject({ method: 'GET', url: '/api/stats' })).json();
    expect(stats.frameworks).toBe(c.frameworkIds.length + 1);
    expect(stats.countries).toBeGreaterThan(0);
  });
});
