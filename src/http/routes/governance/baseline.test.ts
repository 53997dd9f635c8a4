// Nothing changes the published baseline without an adopted proposal: curation writes and OSCAL imports that
// touch platform-baseline are refused; a change-baseline proposal adopted by vote writes its changes as a new
// baseline version, in the transaction that decided it; a proposal whose changes no longer apply lapses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { createUser, request, type SignedIn } from '../../../../test/accounts.js';
import { ok, openVote, setupPlatform, vote, type OrgSpec, type Platform } from '../../../../test/governance.js';
import { curate } from '../../../commands/curation/curate.js';
import { planBaselineChange } from '../../../commands/governance/baseline-change-plan.js';
import { loadGovernanceRecords } from '../../../commands/governance/governance-records.js';

const MEMBERS: OrgSpec[] = [
  { key: 'uk', name: 'UK Department for Science', type: 'government-agency', country: 'GB' },
  { key: 'fr', name: 'ANSSI', type: 'government-agency', country: 'FR' },
  { key: 'ngo', name: 'Internet Society', type: 'international-organisation-or-ngo', country: 'INT' },
];

const NEW_ITEM = {
  id: 'B-TEST-1',
  title: 'Secure decommissioning',
  summary: 'A device can be taken out of service so that none of its credentials or personal data remain usable.',
  level: 'recommended',
  group: 'Data',
  tags: ['theme:security-by-design'],
};

describe.each(dialects)('the protected baseline on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  let p: Platform;
  let curator: SignedIn;
  let startVersion: string;
  const rep = (key: string) => p.parties[key]!.rep;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    await loadGovernanceRecords({ store: t.store, clock });
    p = await setupPlatform(t, clock, MEMBERS, MEMBERS.map((m) => m.key));
    curator = await createUser(t, clock, p.admin, 'curator@example.org', ['curator']);
    startVersion = ok(await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline' })).json().version;
  }, 180_000);
  afterAll(async () => t?.close());

  it('records the bundled baseline as a version of source "bundle"', async () => {
    const versions = ok(await t.app.inject({ method: 'GET', url: '/api/governance/baseline-versions' })).json().items;
    expect(versions).toEqual([expect.objectContaining({ version: startVersion, source: 'bundle', proposalId: null, note: expect.stringContaining('docs/baseline-changes.md') })]);
  });

  it('refuses curation writes to the baseline, saying they need an adopted proposal', async () => {
    const { id: _id, ...replacement } = NEW_ITEM;
    const item = await request(t.app, curator, 'PUT', '/api/frameworks/platform-baseline/requirements/B-AUTH-1', replacement);
    expect(item.statusCode).toBe(409);
    expect(item.json().error).toMatchObject({ code: 'baseline_requires_proposal', message: expect.stringContaining('adopted proposal') });
    expect((await request(t.app, curator, 'POST', '/api/frameworks/platform-baseline/requirements', NEW_ITEM)).json().error.code).toBe('baseline_requires_proposal');
    expect((await request(t.app, curator, 'PATCH', '/api/frameworks/platform-baseline', { version: '9.9.9' })).json().error.code).toBe('baseline_requires_proposal');
    expect((await request(t.app, p.admin, 'DELETE', '/api/frameworks/platform-baseline/requirements/B-AUTH-1')).json().error.code).toBe('baseline_requires_proposal');
    expect((await request(t.app, curator, 'DELETE', '/api/frameworks/platform-baseline')).json().error.code).toBe('baseline_requires_proposal');
    expect(ok(await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline' })).json().version).toBe(startVersion);
    // Mappings from other frameworks to baseline items describe those frameworks: curators keep them.
    const other = await request(t.app, curator, 'POST', '/api/mappings', { source: 'uk-psti:Sch1-2', target: 'platform-baseline:B-DEV-1', relationship: 'intersects-with', strength: 3, rationale: 'Test mapping.' });
    expect(other.json().error?.code).not.toBe('baseline_requires_proposal');
  });

  it('refuses an OSCAL import that would replace the baseline', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline/export?format=oscal' });
    const res = await request(t.app, curator, 'POST', '/api/import?replace=true', JSON.parse(exported.body));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('baseline_requires_proposal');
  });

  it('refuses a curation that claims the authority of a proposal that was not adopted', async () => {
    const id = ok(
      await request(t.app, rep('uk'), 'POST', '/api/governance/proposals', { kind: 'change-baseline', title: 'Not adopted', body: '', payload: { changes: [{ op: 'add-item', item: { ...NEW_ITEM, id: 'B-TEST-9' } }] } }),
      201,
    ).json().id;
    const actor = { kind: 'user' as const, userId: curator.userId, organisationId: null, roles: ['curator' as const], scopes: null, via: 'session' as const, mustEnrolTotp: false };
    const forged = await curate({ store: t.store, clock }, actor, (current) => planBaselineChange(current, [{ op: 'add-item', item: { ...NEW_ITEM, id: 'B-TEST-9' } }], id, clock.now()), { authority: { proposalId: id } }).catch((e) => e);
    expect(forged.code).toBe('baseline_requires_proposal');
    expect(forged.message).toContain('not an adopted baseline proposal');
    ok(await request(t.app, rep('uk'), 'POST', `/api/governance/proposals/${id}/withdrawal`));
  });

  it('checks a baseline proposal against the registry when it is made', async () => {
    const res = await request(t.app, rep('uk'), 'POST', '/api/governance/proposals', { kind: 'change-baseline', title: 'Duplicate', body: '', payload: { changes: [{ op: 'add-item', item: { ...NEW_ITEM, id: 'B-AUTH-1' } }] } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('already has item B-AUTH-1');
    const curatorTries = await request(t.app, curator, 'POST', '/api/governance/proposals', { kind: 'change-baseline', title: 'x', body: '', payload: { changes: [{ op: 'remove-item', itemId: 'B-AUTH-1' }] } });
    expect(curatorTries.statusCode).toBe(403);
  });

  it('adopts a baseline change by vote: a new version, written with the proposal as its authority', async () => {
    const changes = [
      { op: 'add-item', item: NEW_ITEM },
      { op: 'change-item', item: { id: 'B-AUTH-1', title: 'No universal default passwords', summary: 'Reworded by the members.', level: 'recommended', group: 'Authentication', tags: ['theme:security-by-design'] } },
      { op: 'add-mapping', mapping: { source: 'uk-psti:Sch1-1', target: 'platform-baseline:B-TEST-1', relationship: 'intersects-with', strength: 2, rationale: 'Both concern credentials at end of life.' } },
    ];
    const first = ok(await request(t.app, rep('fr'), 'POST', '/api/governance/proposals', { kind: 'change-baseline', title: 'Add secure decommissioning', body: 'From the SIG on trusted supply chain.', payload: { changes } }), 201).json().id;
    // A competing proposal adding the same item: it will lapse once the first is adopted.
    const second = ok(await request(t.app, rep('ngo'), 'POST', '/api/governance/proposals', { kind: 'change-baseline', title: 'Also add it', body: '', payload: { changes: [changes[0]] } }), 201).json().id;
    await openVote(t.app, rep('fr'), first);
    await openVote(t.app, rep('ngo'), second);
    ok(await vote(t.app, rep('uk'), first, 'yes'), 201);
    const decided = ok(await vote(t.app, rep('ngo'), first, 'yes'), 201).json();
    expect(decided.proposal).toMatchObject({ status: 'approved', result: { outcome: 'approved', lapsedBecause: null } });

    const [major, minor] = startVersion.split('.').map(Number);
    const baseline = ok(await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline' })).json();
    expect(baseline.version).toBe(`${major}.${minor! + 1}.0`);
    expect(ok(await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline/requirements/B-TEST-1' })).json().title).toBe('Secure decommissioning');
    expect(ok(await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline/requirements/B-AUTH-1' })).json().summary).toBe('Reworded by the members.');
    const versions = ok(await t.app.inject({ method: 'GET', url: '/api/governance/baseline-versions' })).json().items;
    expect(versions.at(-1)).toMatchObject({ version: baseline.version, source: 'proposal', proposalId: first });
    const history = ok(await t.app.inject({ method: 'GET', url: '/api/history?entity=requirement:platform-baseline:B-TEST-1' })).json().items;
    expect(history[0]).toMatchObject({ change: 'create' });
    const audit = ok(await request(t.app, p.admin, 'GET', '/api/audit?subject=requirement:platform-baseline:B-TEST-1')).json().items;
    expect(audit[0]).toMatchObject({ actor: 'system', action: 'registry.requirement.create', payload: { proposalId: first } });

    ok(await vote(t.app, rep('uk'), second, 'yes'), 201);
    const lapsed = ok(await vote(t.app, rep('fr'), second, 'yes'), 201).json().proposal;
    expect(lapsed).toMatchObject({ status: 'lapsed', result: { outcome: 'approved', lapsedBecause: expect.stringContaining('already has item B-TEST-1') } });
    expect(ok(await t.app.inject({ method: 'GET', url: '/api/frameworks/platform-baseline' })).json().version).toBe(baseline.version);
  });
});
