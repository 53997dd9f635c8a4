import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';

describe.each(dialects)('framework routes on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('lists frameworks with counts and pagination', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/frameworks?limit=2' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeLessThanOrEqual(2);
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
    const baseline = (await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline' })).json();
    expect(baseline.requirementCount).toBe(baseline.levelCounts.recommended + baseline.levelCounts.mandatory + baseline.levelCounts.informative + baseline.levelCounts['conditional-mandatory'] + baseline.levelCounts['conditional-recommended']);
    expect(baseline.requirementCount).toBeGreaterThan(0);
  });

  it('filters by jurisdiction and kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/frameworks?jurisdiction=INT&kind=baseline' });
    const ids = res.json().items.map((f: { id: string }) => f.id);
    expect(ids).toEqual(['platform-baseline']);
  });

  it('searches requirements within a framework, case-insensitively, with wildcards taken literally', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline/requirements?search=DEFAULT%20passwords' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((r: { id: string }) => r.id)).toContain('B-AUTH-1');
    const wild = await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline/requirements?search=%25' });
    expect(wild.json().total).toBe(0);
  });

  it('answers unknown ids with 404 and a stable code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/frameworks/no-such-framework' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('framework_not_found');
    const req = await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline/requirements/NOPE' });
    expect(req.statusCode).toBe(404);
    expect(req.json().error.code).toBe('requirement_not_found');
  });

  it('rejects bad parameters with 400 naming the parameter', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/frameworks?limit=100000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toContain('limit');
    const scope = await t.app.inject({ method: 'GET', url: '/api/frameworks?scope=galactic' });
    expect(scope.statusCode).toBe(400);
    expect(scope.json().error.details[0].pointer).toContain('scope');
  });
});
