// The Expert Advisors Group: nominations under the two criteria of seed 000, admission by a majority of
// members, one advisor per participating member country until the Platform lifts the rule by vote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { createUser, request, type SignedIn } from '../../../../test/accounts.js';
import { ok, openVote, setupPlatform, vote, type OrgSpec, type Platform } from '../../../../test/governance.js';

const ORGS: OrgSpec[] = [
  { key: 'uk', name: 'UK Department for Science', type: 'government-agency', country: 'GB' },
  { key: 'fr', name: 'ANSSI', type: 'government-agency', country: 'FR' },
  { key: 'ngo', name: 'Internet Society', type: 'international-organisation-or-ngo', country: 'INT' },
  { key: 'cta', name: 'Consumer Technology Association', type: 'trade-association', country: 'US' },
];

describe.each(dialects)('expert advisors on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  let p: Platform;
  const experts: SignedIn[] = [];
  const rep = (key: string) => p.parties[key]!.rep;
  const nominate = (as: SignedIn, body: Record<string, unknown>) => request(t.app, as, 'POST', '/api/governance/nominations', { criterion: 'expertise', expertise: 'IoT security research.', ...body });
  async function adopt(id: string) {
    clock.advance(60_000);
    await openVote(t.app, rep('uk'), id);
    ok(await vote(t.app, rep('uk'), id, 'yes'), 201);
    return ok(await vote(t.app, rep('fr'), id, 'yes'), 201).json().proposal;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false });
    p = await setupPlatform(t, clock, ORGS, ['uk', 'fr', 'ngo']);
    for (const n of [1, 2, 3]) experts.push(await createUser(t, clock, p.admin, `expert${n}@example.org`, []));
  }, 180_000);
  afterAll(async () => t?.close());

  it('nominates under expertise and refuses a second advisor, or a pending one, for the same member country', async () => {
    const id = ok(await nominate(rep('uk'), { nomineeUserId: experts[0]!.userId, country: 'GB' }), 201).json().id;
    const same = await nominate(rep('fr'), { nomineeUserId: experts[1]!.userId, country: 'GB' });
    expect(same.statusCode).toBe(409);
    expect(same.json().error).toMatchObject({ code: 'advisor_limit', message: expect.stringContaining('one per member country') });
    expect((await nominate(rep('fr'), { nomineeUserId: experts[1]!.userId, country: 'JP' })).json().error.message).toContain("must be a member's");
    expect((await nominate(rep('fr'), { nomineeUserId: experts[0]!.userId, country: 'FR' })).json().error.code).toBe('already_exists');
    const approved = await adopt(id);
    expect(approved).toMatchObject({ status: 'approved', kind: 'admit-expert-advisor' });
  });

  it('lets a trade organisation designate its expert under the second criterion only', async () => {
    const wrong = await nominate(rep('cta'), { nomineeUserId: experts[1]!.userId, country: 'FR' });
    expect(wrong.json().error).toMatchObject({ code: 'not_eligible', message: expect.stringContaining('trade-designated') });
    const id = ok(await nominate(rep('cta'), { nomineeUserId: experts[1]!.userId, country: 'FR', criterion: 'trade-designated' }), 201).json().id;
    // The designating organisation follows its nomination, though it is no member.
    expect(ok(await request(t.app, rep('cta'), 'GET', `/api/governance/proposals/${id}`)).json().access).toBe('applicant');
    await adopt(id);
  });

  it('lists the Group: people named to members and advisors, not to the public', async () => {
    const inside = ok(await request(t.app, rep('ngo'), 'GET', '/api/governance/advisors')).json().items;
    expect(inside.map((a: { person: { name: string }; country: string; criterion: string }) => `${a.person.name} ${a.country} ${a.criterion}`)).toEqual([
      'User expert1@example.org GB expertise',
      'User expert2@example.org FR trade-designated',
    ]);
    expect(inside[1].designatedBy).toBe('Consumer Technology Association');
    const outside = ok(await t.app.inject({ method: 'GET', url: '/api/governance/advisors' })).json().items;
    expect(outside.map((a: { person: unknown }) => a.person)).toEqual([null, null]);
  });

  it('gives an admitted advisor the members-and-advisors view and a voice, but no vote', async () => {
    const advisor = experts[0]!;
    expect(ok(await request(t.app, advisor, 'GET', '/api/governance/standing')).json()).toMatchObject({ advisor: true, member: false });
    const id = ok(await request(t.app, rep('uk'), 'POST', '/api/governance/proposals', { kind: 'change-setting', title: 'Widen the Expert Advisors Group', body: 'Seed 000: additional experts may be included at a later date.', payload: { setting: 'advisors-one-per-country', value: false } }), 201).json().id;
    ok(await request(t.app, advisor, 'POST', `/api/governance/proposals/${id}/comments`, { body: 'Welcome: more experts from the same country would help.' }), 201);
    expect((await vote(t.app, advisor, id, 'yes')).json().error.code).toBe('not_a_representative');
    const outsider = await createUser(t, clock, p.admin, 'someone@example.org', ['expert-advisor']);
    // The role alone admits nobody: only the vote does.
    expect((await request(t.app, outsider, 'GET', `/api/governance/proposals/${id}`)).statusCode).toBe(404);
  });

  it('lifts the one-per-country rule by an adopted proposal, after which a second advisor per country may be nominated', async () => {
    const [setting] = ok(await request(t.app, rep('uk'), 'GET', '/api/governance/proposals?kind=change-setting')).json().items;
    const done = await adopt(setting.id);
    expect(done.status).toBe('approved');
    expect(ok(await t.app.inject({ method: 'GET', url: '/api/governance/settings' })).json().items).toEqual([
      { key: 'advisors-one-per-country', value: false, updatedAt: expect.any(String), proposalId: setting.id },
    ]);
    ok(await nominate(rep('fr'), { nomineeUserId: experts[2]!.userId, country: 'GB' }), 201);
  });
});
