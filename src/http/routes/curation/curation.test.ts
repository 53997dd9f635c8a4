import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { createUser, request, setupAdministrator, type SignedIn } from '../../../../test/accounts.js';
import { loadBundledCatalogs } from '../../../commands/load-bundled-catalogs.js';
import { readDataVersion } from '../../../db/repositories/meta.js';

const framework = {
  id: 'xx-test-scheme',
  title: 'Test scheme for IoT devices',
  shortName: 'XX Test',
  version: '1.0',
  kind: 'guidance',
  issuer: 'Test Agency',
  organisation: 'Testland',
  jurisdictions: ['FR'],
  publicationDate: '2026',
  status: 'draft',
  scope: 'consumer',
  layers: ['device'],
  sourceUrl: 'https://example.org/scheme',
  summary: 'A scheme used by the tests.',
  development: { stage: 'in-development', multistakeholder: null, note: null },
  licence: { name: 'CC BY 4.0', url: null, note: null },
};
const requirement = { id: 'T-1', title: 'No universal default passwords', summary: 'Each device has its own password.', level: 'mandatory', group: 'Passwords' };

describe.each(dialects)('curation writes on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock();
  let curator: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    const admin = await setupAdministrator(t, clock);
    curator = await createUser(t, clock, admin, 'curator@example.org', ['curator']);
  }, 60_000);
  afterAll(async () => t.close());

  it('creates, edits and deletes frameworks, requirements and mappings with history and a new data version', async () => {
    const v0 = await readDataVersion(t.store.db);
    const created = await request(t.app, curator, 'POST', '/api/frameworks', { framework, requirements: [requirement] });
    expect(created.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: '/api/frameworks/xx-test-scheme' })).json().requirementCount).toBe(1);
    expect(await readDataVersion(t.store.db)).toBeGreaterThan(v0);
    // The catalog schema and the registry's rules apply, as for bundled data.
    expect((await request(t.app, curator, 'POST', '/api/frameworks', { framework: { ...framework, id: 'bad id' } })).statusCode).toBe(400);
    expect((await request(t.app, curator, 'POST', '/api/frameworks', { framework })).json().error.code).toBe('already_exists');
    const dangling = await request(t.app, curator, 'POST', '/api/mappings', { source: 'xx-test-scheme:T-1', target: 'platform-baseline:NOPE', relationship: 'equivalent', strength: 8, rationale: 'x' });
    expect(dangling.json().error.code).toBe('invalid_document');
    const badCondition = await request(t.app, curator, 'PUT', '/api/frameworks/xx-test-scheme/requirements/T-1', { ...requirement, id: undefined, conditions: ['9'] });
    expect(badCondition.json().error.code).toBe('invalid_document');

    const mapping = await request(t.app, curator, 'POST', '/api/mappings', { source: 'xx-test-scheme:T-1', target: 'platform-baseline:B-AUTH-1', relationship: 'equivalent', strength: 8, rationale: 'Same rule.' });
    expect(mapping.statusCode).toBe(201);
    const id = encodeURIComponent(mapping.json().id);
    expect((await request(t.app, curator, 'PATCH', `/api/mappings/${id}`, { relationship: 'subset-of', strength: 6 })).json()).toMatchObject({ relationship: 'subset-of', strength: 6, origin: 'curated' });
    const crosswalk = await t.app.inject({ method: 'GET', url: '/api/frameworks/xx-test-scheme/requirements/T-1' });
    expect(crosswalk.statusCode).toBe(200);
    expect((await request(t.app, curator, 'PATCH', '/api/frameworks/xx-test-scheme', { status: 'in-force' })).json().status).toBe('in-force');
    expect((await request(t.app, curator, 'DELETE', `/api/mappings/${id}`)).statusCode).toBe(200);

    const history = await t.app.inject({ method: 'GET', url: `/api/history?entity=mapping:${id}` });
    expect(history.json().items.map((h: { change: string }) => h.change)).toEqual(['delete', 'update', 'create']);
    const update = history.json().items[1];
    expect(update.before).toMatchObject({ relationship: 'equivalent', strength: 8 });
    expect(update.after).toMatchObject({ relationship: 'subset-of', strength: 6 });
    // The public sees a pseudonym; signed-in readers see who.
    expect(update.actorName).toMatch(/^user-[0-9a-f]{12}$/);
    expect((await request(t.app, curator, 'GET', `/api/history?entity=mapping:${id}`)).json().items[1].actorName).toBe('User curator@example.org');
    const all = await t.app.inject({ method: 'GET', url: '/api/history?framework=xx-test-scheme' });
    expect(all.json().total).toBe(6);
    const audit = await t.store.db.selectFrom('audit_log').select('action').where('action', 'like', 'registry.%').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['registry.framework.create', 'registry.mapping.update', 'registry.mapping.delete']));

    expect((await request(t.app, curator, 'DELETE', '/api/frameworks/xx-test-scheme')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/frameworks/xx-test-scheme' })).statusCode).toBe(404);
  });

  it('keeps curated edits and deletions of bundled rows when the bundle is loaded again, and reports them', async () => {
    const path = `/api/frameworks/etsi-en-303-645/requirements/${encodeURIComponent('5.1-2')}`;
    const original = (await t.app.inject({ method: 'GET', url: path })).json();
    const { key: _k, frameworkId: _f, id: _i, position: _p, ...body } = original;
    const put = await request(t.app, curator, 'PUT', path, { ...body, summary: 'Curated summary.' });
    expect(put.json()).toMatchObject({ summary: 'Curated summary.' });
    const bundledMapping = encodeURIComponent('etsi-en-303-645:5.1-1->platform-baseline:B-AUTH-1');
    const deleted = await request(t.app, curator, 'DELETE', `/api/mappings/${bundledMapping}`);
    expect(deleted.statusCode).toBe(200);

    const reload = await loadBundledCatalogs({ store: t.store, clock }, { force: true });
    expect(reload.loaded).toBe(true);
    expect(reload.conflicts).toEqual(
      expect.arrayContaining([
        { entity: 'requirement', key: 'etsi-en-303-645:5.1-2', reason: 'curated-edit-kept' },
        { entity: 'mapping', key: 'etsi-en-303-645:5.1-1->platform-baseline:B-AUTH-1', reason: 'curated-deletion-kept' },
      ]),
    );
    expect((await t.app.inject({ method: 'GET', url: path })).json().summary).toBe('Curated summary.');
    const mappingRow = await t.store.db.selectFrom('mappings').select('id').where('id', '=', 'etsi-en-303-645:5.1-1->platform-baseline:B-AUTH-1').execute();
    expect(mappingRow).toEqual([]);
    const load = await t.store.db.selectFrom('audit_log').select('payload').where('action', '=', 'registry.bundle-load').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(load.payload).conflicts).toContain('requirement:etsi-en-303-645:5.1-2 curated-edit-kept');
  }, 60_000);
});
