// Products and releases over HTTP, on SQLite and PostgreSQL: who may do what, and what each route returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { request } from '../../../../test/accounts.js';
import { dialects } from '../../../../test/stores.js';
import { productActors, type ProductActors } from '../../../../test/products.js';

describe.each(dialects)('products and releases on %s', (dialect) => {
  let t: TestApp;
  let a: ProductActors;
  const clock = fixedClock();
  let productId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    a = await productActors(t, clock);
  }, 120_000);
  afterAll(async () => t.close());

  it('lets a manufacturer editor register a product for their organisation', async () => {
    const res = await request(t.app, a.editor, 'POST', '/api/products', { name: 'Lumen indoor camera', model: 'LC-2', category: 'camera' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ organisationId: a.manufacturerId, name: 'Lumen indoor camera', model: 'LC-2', category: 'camera' });
    productId = res.json().id;
  });

  it('refuses products to anyone but a manufacturer editor', async () => {
    const body = { name: 'X', category: 'toy' };
    expect((await request(t.app, null, 'POST', '/api/products', body)).statusCode).toBe(401);
    expect((await request(t.app, a.colleague, 'POST', '/api/products', body)).statusCode).toBe(403);
    expect((await request(t.app, a.admin, 'POST', '/api/products', body)).statusCode).toBe(403);
  });

  it('refuses a bad category with the pointer of the field', async () => {
    const res = await request(t.app, a.editor, 'POST', '/api/products', { name: 'X', category: 'fridge' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].pointer).toBe('body/category');
  });

  it('records releases with every profile field, and refuses a duplicate version', async () => {
    const profile = {
      version: '2.4.1',
      releaseDate: '2026-10-01',
      supportEnd: '2031-12-31',
      updateMechanism: 'automatic-over-network',
      disclosureContact: 'https://lumen.example/security',
      passwords: 'unique-per-device',
      interfaces: ['wifi', 'bluetooth'],
      dataPractices: [{ data: 'video clips', purpose: 'motion alerts', sharedWith: ['cloud host'], retention: '30 days', deletion: 'in the app, or by factory reset' }],
    };
    const res = await request(t.app, a.editor, 'POST', `/api/products/${productId}/releases`, profile);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ ...profile, productId, declarationRevision: 1, answered: 0, assessment: null });
    const again = await request(t.app, a.editor, 'POST', `/api/products/${productId}/releases`, { version: '2.4.1' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0]).toMatchObject({ pointer: 'body/version' });
  });

  it('refuses a support period that ends before the release, writing nothing', async () => {
    const res = await request(t.app, a.editor, 'POST', `/api/products/${productId}/releases`, { version: '2.5.0', releaseDate: '2026-12-01', supportEnd: '2026-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toContainEqual(expect.objectContaining({ pointer: '/release/supportEnd', hint: 'the support period ends on or after the release date' }));
    const detail = await request(t.app, a.editor, 'GET', `/api/products/${productId}`);
    expect(detail.json().releases.map((r: { version: string }) => r.version)).toEqual(['2.4.1']);
  });

  it('starts a new release from an earlier release\'s declaration when asked', async () => {
    const [first] = (await request(t.app, a.editor, 'GET', `/api/products/${productId}`)).json().releases;
    await request(t.app, a.editor, 'PATCH', `/api/releases/${first.id}/declaration`, { answers: { 'B-AUTH-1': { status: 'met' } } });
    const res = await request(t.app, a.editor, 'POST', `/api/products/${productId}/releases`, { version: '2.5.0', releaseDate: '2026-12-01', copyFrom: first.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ answered: 1, declarationRevision: 1 });
    const list = await request(t.app, a.editor, 'GET', `/api/products/${productId}`);
    expect(list.json().releases.map((r: { version: string }) => r.version)).toEqual(['2.5.0', '2.4.1']);
  });

  it('shows the organisation its own products (with the newest release) and hides them from everyone else', async () => {
    const mine = await request(t.app, a.colleague, 'GET', '/api/products?search=lumen');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ total: 1, items: [{ product: { id: productId }, releases: 2, latest: { version: '2.5.0' } }] });
    expect((await request(t.app, a.rival, 'GET', '/api/products')).json()).toMatchObject({ total: 0, items: [] });
    for (const who of [a.rival, a.admin, a.regulator]) {
      const res = await request(t.app, who, 'GET', `/api/products/${productId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('product_not_found');
    }
    expect((await request(t.app, null, 'GET', `/api/products/${productId}`)).statusCode).toBe(401);
  });

  it('lets only the owning editor change a product or a release', async () => {
    expect((await request(t.app, a.colleague, 'PATCH', `/api/products/${productId}`, { name: 'Renamed' })).statusCode).toBe(403);
    expect((await request(t.app, a.rival, 'PATCH', `/api/products/${productId}`, { name: 'Renamed' })).statusCode).toBe(404);
    const res = await request(t.app, a.editor, 'PATCH', `/api/products/${productId}`, { name: 'Lumen indoor camera 2' });
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toBe('Lumen indoor camera 2');
    const [release] = (await request(t.app, a.editor, 'GET', `/api/products/${productId}`)).json().releases;
    const patched = await request(t.app, a.editor, 'PATCH', `/api/releases/${release.id}`, { passwords: 'no-passwords', interfaces: ['ethernet'] });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ passwords: 'no-passwords', interfaces: ['ethernet'], declarationRevision: release.declarationRevision + 1 });
    expect((await request(t.app, a.colleague, 'PATCH', `/api/releases/${release.id}`, { passwords: null })).statusCode).toBe(403);
  });

  it('audits every change without personal data', async () => {
    const actions = (await t.store.db.selectFrom('audit_log').select(['action', 'payload']).where('action', 'like', 'product.%').execute()).map((r) => r.action);
    expect(actions).toEqual(['product.create', 'product.update']);
    const releases = await t.store.db.selectFrom('audit_log').select('payload').where('action', 'in', ['release.create', 'release.update']).execute();
    expect(releases.length).toBe(3);
    for (const r of releases) expect(r.payload).not.toMatch(/@|Lumen/);
  });
});
