// Assessments over HTTP, on SQLite and PostgreSQL: results per framework with filters, recomputed when the
// declaration or the registry changes (recording the versions used), two releases compared, the regulator
// view, and share links that expire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { request } from '../../../../test/accounts.js';
import { dialects } from '../../../../test/stores.js';
import { declarationFile, productActors, productWithRelease, type ProductActors } from '../../../../test/products.js';
import { updateMapping } from '../../../commands/curation/mapping-curation.js';

describe.each(dialects)('assessments on %s', (dialect) => {
  let t: TestApp;
  let a: ProductActors;
  let releaseId: string;
  let productId: string;
  const clock = fixedClock('2026-11-23T12:00:00.000Z');
  const assessment = (query = '') => request(t.app, a.editor, 'GET', `/api/releases/${releaseId}/assessment${query}`);

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    a = await productActors(t, clock);
    ({ productId, releaseId } = await productWithRelease(t, a.editor));
  }, 120_000);
  afterAll(async () => t.close());

  it('a universal default password: UK PSTI does not conform and ETSI 5.1-1 is not met, with reasons', async () => {
    await request(t.app, a.editor, 'PUT', `/api/releases/${releaseId}/declaration`, declarationFile('universal-default'));
    const res = await assessment('?framework=uk-psti&framework=etsi-en-303-645');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ format: 'iotspp-assessment/1', releaseId, productId, declarationRevision: 2, assessedAt: clock.now().toISOString(), bundleVersion: expect.any(String), dataVersion: expect.any(Number), product: { manufacturer: 'Lumen Devices Ltd' } });
    const [psti, etsi] = report.frameworks;
    expect(psti).toMatchObject({ framework: 'uk-psti', verdict: 'does-not-conform' });
    expect(etsi.verdict).toBe('does-not-conform');
    const p = etsi.requirements.find((r: { id: string }) => r.id === '5.1-1');
    expect(p).toMatchObject({ status: 'not-met', action: 'Meet B-AUTH-1 (No universal default passwords), then update the declaration.' });
    expect(p.reasons).toContainEqual(expect.objectContaining({ kind: 'baseline', item: 'B-AUTH-1', answer: 'not-met', answerReason: 'every unit ships with admin/admin' }));
  });

  it('filters the requirements listed, never the verdicts or counts', async () => {
    const all = (await assessment('?framework=etsi-en-303-645')).json().frameworks[0];
    const failing = (await assessment('?framework=etsi-en-303-645&status=not-met&deciding=true')).json().frameworks[0];
    expect(failing.requirements.map((r: { id: string }) => r.id)).toEqual(['5.1-1', '5.1-2']);
    expect(failing.counts).toEqual(all.counts);
    const search = (await assessment('?framework=etsi-en-303-645&search=5.1-')).json().frameworks[0];
    expect(search.requirements.every((r: { id: string }) => r.id.startsWith('5.1-'))).toBe(true);
    expect((await assessment('?framework=nope')).statusCode).toBe(404);
  });

  it('recomputes when the declaration changes, and records the versions it used', async () => {
    clock.advance(60_000);
    await request(t.app, a.editor, 'PUT', `/api/releases/${releaseId}/declaration`, declarationFile('unique-per-device'));
    const psti = (await assessment('?framework=uk-psti')).json();
    expect(psti).toMatchObject({ declarationRevision: 3, assessedAt: clock.now().toISOString() });
    expect(psti.frameworks[0]).toMatchObject({ verdict: 'conforms', followUp: [], deciding: { open: 0, failing: 0 } });
    const release = (await request(t.app, a.editor, 'GET', `/api/releases/${releaseId}`)).json();
    const baseline = (await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline' })).json();
    expect(release.assessment).toMatchObject({ current: true, declarationRevision: 3, baselineVersion: baseline.version });
    expect(release.assessment.verdicts).toContainEqual(expect.objectContaining({ framework: 'uk-psti', verdict: 'conforms', frameworkVersion: 'SI 2023/1007 as made' }));
  });

  it('conforms to UK PSTI from the baseline answers alone, and stays so when unrelated answers change', async () => {
    const psti = (await assessment('?framework=uk-psti')).json().frameworks[0];
    expect(psti.verdict).toBe('conforms');
    expect(psti.counts.mandatory).toMatchObject({ total: 2, met: 2 });
    await request(t.app, a.editor, 'PATCH', `/api/releases/${releaseId}/declaration`, { answers: { 'B-DATA-1': { status: 'met' } } });
    expect((await assessment('?framework=uk-psti')).json().frameworks[0].verdict).toBe('conforms');
  });

  it('recomputes when the registry changes (a curator edits a mapping), on the next read', async () => {
    const before = (await assessment('?framework=uk-psti')).json();
    clock.advance(60_000);
    const curator = { kind: 'user' as const, userId: a.admin.userId, organisationId: null, roles: ['curator' as const], scopes: null, via: 'session' as const, mustEnrolTotp: false };
    await updateMapping({ store: t.store, clock }, curator, 'uk-psti:Sch1-3->platform-baseline:B-UPD-5', { relationship: 'intersects-with', rationale: 'test: read the support period as only overlapping' });
    expect((await request(t.app, a.editor, 'GET', `/api/releases/${releaseId}`)).json().assessment.current).toBe(false);
    const after = (await assessment('?framework=uk-psti')).json();
    expect((await request(t.app, a.editor, 'GET', `/api/releases/${releaseId}`)).json().assessment.current).toBe(true);
    expect(after.dataVersion).toBeGreaterThan(before.dataVersion);
    expect(after.assessedAt).toBe(clock.now().toISOString());
    const sch13 = after.frameworks[0].requirements.find((r: { id: string }) => r.id === 'Sch1-3');
    expect(sch13.reasons).toContainEqual(expect.objectContaining({ item: 'B-UPD-5', relationship: 'intersects-with' }));
    const record = await t.store.db.selectFrom('assessments').selectAll().where('release_id', '=', releaseId).executeTakeFirstOrThrow();
    expect(record).toMatchObject({ data_version: after.dataVersion, declaration_revision: after.declarationRevision, computed_at: clock.now().toISOString() });
    // Read as only overlapping, the support period no longer settles Sch1-3: it becomes a follow-up question,
    // answered once for UK PSTI and kept with the release.
    expect(after.frameworks[0]).toMatchObject({ verdict: 'incomplete', followUp: ['Sch1-3'] });
    await request(t.app, a.editor, 'PATCH', `/api/releases/${releaseId}/declaration`, { followUp: { 'uk-psti': { 'Sch1-3': { status: 'met', reason: 'the support policy never shortens the period and publishes extensions' } } } });
    expect((await assessment('?framework=uk-psti')).json().frameworks[0].verdict).toBe('conforms');
    const kept = (await request(t.app, a.editor, 'GET', `/api/releases/${releaseId}/declaration`)).json();
    expect(kept.followUp['uk-psti']['Sch1-3']).toMatchObject({ status: 'met' });
  });

  it('compares two releases: verdicts and the requirements whose status changed', async () => {
    const next = await request(t.app, a.editor, 'POST', `/api/products/${productId}/releases`, { version: '2.5.0', releaseDate: '2026-12-01', copyFrom: releaseId });
    await request(t.app, a.editor, 'PATCH', `/api/releases/${next.json().id}/declaration`, { answers: { 'B-AUTH-1': { status: 'not-met', reason: 'a support account with a fixed password was added' } } });
    const res = await request(t.app, a.colleague, 'GET', `/api/releases/${releaseId}/compare/${next.json().id}?framework=uk-psti`);
    expect(res.statusCode, res.body).toBe(200);
    const [psti] = res.json().frameworks;
    expect(psti).toMatchObject({ framework: 'uk-psti', before: 'conforms', after: 'does-not-conform' });
    expect(psti.changes).toContainEqual(expect.objectContaining({ id: 'Sch1-1(2)', before: 'met', after: 'not-met', direction: 'worse' }));
    expect((await request(t.app, a.rival, 'GET', `/api/releases/${releaseId}/compare/${next.json().id}`)).statusCode).toBe(404);
  });

  it('keeps reports private to the manufacturer', async () => {
    for (const who of [a.rival, a.admin, a.regulator]) expect((await request(t.app, who, 'GET', `/api/releases/${releaseId}/assessment`)).statusCode).toBe(404);
    expect((await request(t.app, null, 'GET', `/api/releases/${releaseId}/assessment`)).statusCode).toBe(401);
  });

  it('gives members and administrators a regulator view that names no product', async () => {
    const res = await request(t.app, a.regulator, 'GET', '/api/assessments/overview');
    expect(res.statusCode, res.body).toBe(200);
    const overview = res.json();
    expect(overview).toMatchObject({ products: 1, releases: 1, baselineVersion: (await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline' })).json().version });
    expect(overview.frameworks.find((f: { framework: string }) => f.framework === 'uk-psti').verdicts).toEqual({ conforms: 0, 'does-not-conform': 1, incomplete: 0 });
    expect(overview.categories).toEqual([expect.objectContaining({ category: 'camera', releases: 1 })]);
    expect(overview.commonGaps).toContainEqual(expect.objectContaining({ framework: 'uk-psti', requirement: 'Sch1-1(2)', releases: 1 }));
    expect(res.body).not.toContain('Lumen');
    expect((await request(t.app, a.admin, 'GET', '/api/assessments/overview?category=toy')).json()).toMatchObject({ products: 0, releases: 0 });
    expect((await request(t.app, a.editor, 'GET', '/api/assessments/overview')).statusCode).toBe(403);
    expect((await request(t.app, null, 'GET', '/api/assessments/overview')).statusCode).toBe(401);
  });

  it('shares a report by link until it expires or is revoked', async () => {
    const now = clock.now().getTime();
    const at = (ms: number) => new Date(now + ms).toISOString();
    expect((await request(t.app, a.colleague, 'POST', `/api/releases/${releaseId}/shares`, { expiresAt: at(3_600_000) })).statusCode).toBe(403);
    expect((await request(t.app, a.editor, 'POST', `/api/releases/${releaseId}/shares`, { expiresAt: at(400 * 86_400_000) })).statusCode).toBe(400);
    const created = await request(t.app, a.editor, 'POST', `/api/releases/${releaseId}/shares`, { expiresAt: at(3_600_000) });
    expect(created.statusCode, created.body).toBe(201);
    const { token, apiUrl } = created.json();
    expect(apiUrl).toBe(`http://127.0.0.1:8080/api/shared/${token}`);
    const opened = await t.app.inject({ method: 'GET', url: `/api/shared/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ releaseId, product: { name: 'Lumen indoor camera' } });
    expect(opened.headers['cache-control']).toBe('private, no-store');
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${'x'.repeat(43)}` })).statusCode).toBe(404);

    const second = (await request(t.app, a.editor, 'POST', `/api/releases/${releaseId}/shares`, { expiresAt: at(7 * 86_400_000) })).json();
    const list = (await request(t.app, a.colleague, 'GET', `/api/releases/${releaseId}/shares`)).json();
    expect(list.items.map((i: { state: string }) => i.state)).toEqual(['active', 'active']);
    expect(JSON.stringify(list)).not.toContain(token);
    const revoked = await request(t.app, a.editor, 'DELETE', `/api/releases/${releaseId}/shares/${second.id}`);
    expect(revoked.json()).toMatchObject({ state: 'revoked' });
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${second.token}` })).statusCode).toBe(404);

    clock.advance(2 * 3_600_000);
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/${token}` })).statusCode).toBe(404);
  });
});
