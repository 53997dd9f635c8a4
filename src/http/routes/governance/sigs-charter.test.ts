// Special interest groups (focus area, participants, working method, targets, dated reports) and the charter
// (the first term recorded by an administrator, later terms by an adopted re-charter proposal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { request } from '../../../../test/accounts.js';
import { freshSession, ok, openVote, setupPlatform, vote, type OrgSpec, type Platform } from '../../../../test/governance.js';
import { governanceTick } from '../../../commands/governance/governance-tick.js';

const ORGS: OrgSpec[] = [
  { key: 'sg', name: 'Cyber Security Agency of Singapore', type: 'government-agency', country: 'SG' },
  { key: 'nl', name: 'Ministry of Economic Affairs and Climate Policy', type: 'government-agency', country: 'NL' },
  { key: 'ngo', name: 'Internet Society', type: 'international-organisation-or-ngo', country: 'INT' },
  { key: 'maker', name: 'Acme Devices', type: 'manufacturer', country: 'DE' },
];

describe.each(dialects)('special interest groups and the charter on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  let p: Platform;
  let sigId: string;
  const rep = (key: string) => p.parties[key]!.rep;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false });
    p = await setupPlatform(t, clock, ORGS, ['sg', 'nl', 'ngo']);
  }, 180_000);
  afterAll(async () => t?.close());

  it('forms a group on a focus area with its own working method and targets', async () => {
    const g = ok(
      await request(t.app, rep('sg'), 'POST', '/api/governance/sigs', {
        name: 'Trusted identity',
        focusArea: 'trusted-identity',
        description: 'Hardware security solutions, e.g. unique device IDs (seed 002, focus area C).',
        workingMethod: 'Monthly calls; workshops with leading international experts.',
        targets: [{ text: 'Report to the GFCE Annual Meeting', due: '2026-12-31' }],
        visibility: 'public',
      }),
      201,
    ).json();
    sigId = g.id;
    expect(g.participants).toEqual([expect.objectContaining({ kind: 'organisation', name: 'Cyber Security Agency of Singapore' })]);
    expect((await request(t.app, rep('maker'), 'POST', '/api/governance/sigs', { name: 'x', focusArea: 'other', description: '', workingMethod: '', targets: [] })).json().error.code).toBe('not_a_representative');
    expect((await request(t.app, rep('sg'), 'POST', '/api/governance/sigs', { name: 'x', focusArea: 'other', description: '', workingMethod: '', targets: [{ text: 'y', due: '2026-02-30' }] })).statusCode).toBe(400);
  });

  it('lets members join; only participants change it and report back, with dated reports', async () => {
    expect((await request(t.app, rep('nl'), 'PATCH', `/api/governance/sigs/${sigId}`, { workingMethod: 'x' })).json().error.code).toBe('forbidden');
    clock.advance(60_000);
    ok(await request(t.app, rep('nl'), 'POST', `/api/governance/sigs/${sigId}/participants`), 201);
    expect((await request(t.app, rep('nl'), 'POST', `/api/governance/sigs/${sigId}/participants`)).json().error.code).toBe('already_exists');
    expect((await request(t.app, rep('maker'), 'POST', `/api/governance/sigs/${sigId}/participants`)).json().error.code).toBe('not_a_representative');
    const updated = ok(await request(t.app, rep('nl'), 'PATCH', `/api/governance/sigs/${sigId}`, { targets: [{ text: 'Strategy paper for policy makers', due: null }] })).json();
    expect(updated.targets).toEqual([{ text: 'Strategy paper for policy makers', due: null }]);
    const future = await request(t.app, rep('sg'), 'POST', `/api/governance/sigs/${sigId}/reports`, { title: 'Later', body: 'x', reportedOn: '2027-01-01' });
    expect(future.json().error.code).toBe('validation_failed');
    ok(await request(t.app, rep('sg'), 'POST', `/api/governance/sigs/${sigId}/reports`, { title: 'Report 2026', body: 'Unique device IDs: three schemes compared.', reportedOn: '2026-11-20' }), 201);
    const pub = ok(await t.app.inject({ method: 'GET', url: `/api/governance/sigs/${sigId}` })).json();
    expect(pub.reports).toEqual([expect.objectContaining({ title: 'Report 2026', reportedOn: '2026-11-20' })]);
    expect(pub.participants.map((x: { name: string }) => x.name)).toEqual(['Cyber Security Agency of Singapore', 'Ministry of Economic Affairs and Climate Policy']);
  });

  it('hides a members-and-advisors group from the public and from a manufacturer', async () => {
    const hidden = ok(await request(t.app, rep('ngo'), 'POST', '/api/governance/sigs', { name: 'Certification regimes', focusArea: 'certification-regimes', description: '', workingMethod: '', targets: [] }), 201).json().id;
    expect((await t.app.inject({ method: 'GET', url: `/api/governance/sigs/${hidden}` })).statusCode).toBe(404);
    expect(ok(await request(t.app, rep('maker'), 'GET', '/api/governance/sigs')).json().items.map((g: { id: string }) => g.id)).toEqual([sigId]);
    expect(ok(await request(t.app, rep('sg'), 'GET', '/api/governance/sigs')).json().items).toHaveLength(2);
  });

  it('records the first charter term, once, and a new term only by an adopted re-charter', async () => {
    const first = { startsOn: '2019-01-01', endsOn: '2019-12-31', goals: ['Gather, coordinate and promote global best practices in IoT security'], deliverables: ['A joint statement of common principles'] };
    ok(await request(t.app, p.admin, 'POST', '/api/governance/charter', first), 201);
    expect((await request(t.app, p.admin, 'POST', '/api/governance/charter', first)).json().error.message).toContain('re-charter');
    expect(ok(await t.app.inject({ method: 'GET', url: '/api/governance/charter' })).json()).toMatchObject({ terms: [expect.objectContaining({ source: 'initial' })], inForce: null });
    const term = { startsOn: '2026-11-01', endsOn: '2028-12-31', goals: ['Harmonise the world’s IoT security frameworks into one baseline'], deliverables: ['Baseline 2.0', 'Annual statement'] };
    expect((await request(t.app, rep('sg'), 'POST', '/api/governance/proposals', { kind: 'recharter', title: 'x', body: '', payload: { ...term, endsOn: '2026-01-01' } })).json().error.message).toContain('ends before it starts');
    const id = ok(await request(t.app, rep('sg'), 'POST', '/api/governance/proposals', { kind: 'recharter', title: 'Re-charter to 2028', body: '', visibility: 'public', rule: { threshold: 'two-thirds-of-members' }, payload: term }), 201).json().id;
    const opened = (await openVote(t.app, rep('nl'), id)).json();
    expect(opened.rule).toMatchObject({ threshold: 'two-thirds-of-members' });
    ok(await vote(t.app, rep('sg'), id, 'yes'), 201);
    // Two of three is two thirds: adopted.
    expect(ok(await vote(t.app, rep('nl'), id, 'yes'), 201).json().proposal.status).toBe('approved');
    const charter = ok(await t.app.inject({ method: 'GET', url: '/api/governance/charter' })).json();
    expect(charter.inForce).toMatchObject({ source: 'proposal', proposalId: id, endsOn: '2028-12-31' });
    // A public proposal is readable by anyone, with its outcome.
    expect(ok(await t.app.inject({ method: 'GET', url: `/api/governance/proposals/${id}` })).json()).toMatchObject({ status: 'approved', access: 'full' });
  });

  it('keeps results hidden until the close when the proposal says so, and applies the rule it stated (votes cast, quorum)', async () => {
    const rule = { threshold: 'majority-of-votes-cast', quorumPercent: 60, hideResultsUntilClose: true, decideEarly: false };
    const id = ok(await request(t.app, rep('nl'), 'POST', '/api/governance/proposals', { kind: 'change-setting', title: 'Lift the advisor limit', body: '', rule, payload: { setting: 'advisors-one-per-country', value: false } }), 201).json().id;
    const closesAt = new Date(clock.now().getTime() + 2 * 3_600_000).toISOString();
    expect((await openVote(t.app, rep('nl'), id, closesAt)).json().rule).toEqual(rule);
    ok(await vote(t.app, rep('sg'), id, 'yes'), 201);
    ok(await vote(t.app, rep('nl'), id, 'no'), 201);
    const during = ok(await request(t.app, rep('sg'), 'GET', `/api/governance/proposals/${id}`)).json();
    expect(during).toMatchObject({ status: 'open', tally: null, resultsHidden: true, myBallot: { choice: 'yes' } });
    const partial = ok(await request(t.app, rep('sg'), 'GET', `/api/governance/proposals/${id}/record`)).json();
    expect(partial).toMatchObject({ partial: true, tally: null });
    expect(partial.ballots.map((b: { choice: string }) => b.choice)).toEqual(['yes']);
    clock.set(closesAt);
    expect((await governanceTick({ store: t.store, clock, publicUrl: 'http://127.0.0.1:8080', mailer: null })).closed).toEqual([{ id, status: 'refused' }]);
    const after = ok(await request(t.app, await freshSession(t, clock, rep('ngo')), 'GET', `/api/governance/proposals/${id}`)).json();
    // Quorum met (2 of 3 cast, 60% needs 2), but yes does not outnumber no among the votes cast.
    expect(after).toMatchObject({ status: 'refused', resultsHidden: false, tally: { yes: 1, no: 1, abstain: 0, notVoted: 1 } });
  });
});
