// Membership end to end on both stores: founding members registered by an administrator, an application
// voted on by the members (majority of all existing members, one vote per organisation, changeable until
// close, refusals with reasons), the decision recorded with its tally and a verifiable record, mail through
// the outbox, and the electorate fixed at opening.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { createUser, request } from '../../../../test/accounts.js';
import { FIVE_MEMBERS, OUTSIDERS, freshSession, ok, openVote, outbox, setupPlatform, tickingClock, vote, type Platform } from '../../../../test/governance.js';
import type { SignedIn } from '../../../../test/accounts.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(dialects)('membership by vote on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  let p: Platform;
  let applicant: SignedIn;
  let korea: SignedIn;
  const rep = (key: string) => p.parties[key]!.rep;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: dialect === 'sqlite' });
    p = await setupPlatform(t, clock, [...FIVE_MEMBERS, ...OUTSIDERS], FIVE_MEMBERS.map((o) => o.key));
  }, 180_000);
  afterAll(async () => t?.close());

  async function apply(key: string, body: Record<string, unknown> = {}): Promise<string> {
    return ok(await request(t.app, rep(key), 'POST', '/api/governance/applications', { criterion: 'developing-framework-multistakeholder', frameworkId: null, motivation: 'We are developing a national label with industry and consumer groups.', ...body }), 201).json().id;
  }

  it('lists the founding members publicly, and refuses a founding member that may not be one', async () => {
    const members = ok(await t.app.inject({ method: 'GET', url: '/api/governance/members' })).json().items;
    expect(members.map((m: { organisation: { name: string } }) => m.organisation.name).sort()).toEqual(FIVE_MEMBERS.map((o) => o.name).sort());
    expect(members.every((m: { source: string }) => m.source === 'founding')).toBe(true);
    const maker = await request(t.app, p.admin, 'POST', '/api/governance/members', { organisationId: p.parties.maker!.organisationId, criterion: 'developed-framework', frameworkId: null });
    expect(maker.statusCode).toBe(422);
    expect(maker.json().error).toMatchObject({ code: 'not_eligible', message: expect.stringContaining('government agencies') });
  });

  it('refuses an application from a manufacturer, saying why', async () => {
    const res = await request(t.app, rep('maker'), 'POST', '/api/governance/applications', { criterion: 'developed-framework', frameworkId: null, motivation: 'x' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('not_eligible');
  });

  it('admits an applicant once a majority of all members votes yes, and records the decision with its tally', async () => {
    const id = await apply('fi', { frameworkId: dialect === 'sqlite' ? 'fi-traficom-cybersecurity-label' : null });
    // The application is discussed before the vote: members see it, the public does not.
    expect((await t.app.inject({ method: 'GET', url: `/api/governance/proposals/${id}` })).statusCode).toBe(404);
    const seen = ok(await request(t.app, rep('uk'), 'GET', `/api/governance/proposals/${id}`)).json();
    expect(seen).toMatchObject({ kind: 'admit-member', status: 'discussion', access: 'full', canVote: false });
    if (dialect === 'sqlite') expect(seen.evidence.note).toContain('registry');
    ok(await request(t.app, rep('uk'), 'POST', `/api/governance/proposals/${id}/comments`, { body: 'Traficom runs a label with industry; I support.' }), 201);

    // Founding is over once members vote on an application.
    const opened = (await openVote(t.app, rep('uk'), id)).json();
    expect(opened).toMatchObject({ status: 'open', rule: { threshold: 'majority-of-members', decideEarly: true } });
    expect(opened.electorate).toHaveLength(5);
    expect(Date.parse(opened.closesAt) - clock.now().getTime()).toBe(14 * DAY);
    expect((await outbox(t, 'governance.vote-opened')).map((m) => m.to).sort()).toEqual(FIVE_MEMBERS.map((o) => `${o.key}@example.org`).sort());
    const late = await request(t.app, p.admin, 'POST', '/api/governance/members', { organisationId: p.parties.fi!.organisationId, criterion: 'developed-framework', frameworkId: null });
    expect(late.json().error.message).toContain('founding is over');

    clock.advance(60_000);
    expect(ok(await vote(t.app, rep('uk'), id, 'yes'), 201).json()).toMatchObject({ choice: 'yes', changed: false, proposal: { status: 'open', tally: { yes: 1, notVoted: 4 } } });
    clock.advance(60_000);
    ok(await vote(t.app, rep('fr'), id, 'no'), 201);
    clock.advance(60_000);
    // A member changes its vote until close; the latest ballot counts, once.
    expect(ok(await vote(t.app, rep('fr'), id, 'yes'), 201).json()).toMatchObject({ changed: true, proposal: { tally: { yes: 2, no: 0, notVoted: 3 } } });
    clock.advance(60_000);
    const third = ok(await vote(t.app, rep('ngo'), id, 'yes'), 201).json();
    // Three of five: more than half of all members; the outcome can no longer change, so the vote closes.
    expect(third.proposal).toMatchObject({ status: 'approved', result: { outcome: 'approved', decidedEarly: true }, tally: { electorate: 5, yes: 3, no: 0, abstain: 0, notVoted: 2 } });

    const members = ok(await t.app.inject({ method: 'GET', url: '/api/governance/members' })).json().items;
    expect(members.find((m: { organisation: { id: string } }) => m.organisation.id === p.parties.fi!.organisationId)).toMatchObject({ source: 'proposal', proposalId: id, criterion: 'developing-framework-multistakeholder' });

    // Late ballots are refused, saying why.
    const after = await vote(t.app, rep('sg'), id, 'no');
    expect(after.statusCode).toBe(409);
    expect(after.json().error).toMatchObject({ code: 'vote_closed', message: expect.stringContaining('no longer accepted') });
    const closed = await outbox(t, 'governance.vote-closed');
    expect(closed.map((m) => m.to)).toContain('fi@example.org');
    expect(closed[0]!.body).toContain('yes 3, no 0');
  });

  it('keeps a verifiable record: each ballot with its time, representative and audit entry, recounted to the recorded tally', async () => {
    const [proposal] = ok(await request(t.app, rep('uk'), 'GET', '/api/governance/proposals?kind=admit-member&status=approved')).json().items;
    const record = ok(await request(t.app, rep('sg'), 'GET', `/api/governance/proposals/${proposal.id}/record`)).json();
    expect(record.ballots.map((b: { organisation: { name: string }; choice: string }) => `${b.organisation.name} ${b.choice}`)).toEqual([
      'UK Department for Science yes',
      'ANSSI no',
      'ANSSI yes',
      'Internet Society yes',
    ]);
    expect(record.ballots[0].representative).toEqual({ id: rep('uk').userId, name: 'User uk@example.org' });
    expect(record.ballots.every((b: { auditHash: string | null }) => b.auditHash !== null)).toBe(true);
    expect(record.check).toEqual({ ok: true, recounted: { electorate: 5, yes: 3, no: 0, abstain: 0, notVoted: 2 }, problems: [] });
    expect(record.chain.ok).toBe(true);
    expect(record.closeEntry.seq).toBeGreaterThan(record.ballots.at(-1).auditSeq);
    const audit = ok(await request(t.app, p.admin, 'GET', `/api/audit?subject=proposal:${proposal.id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'governance.proposal.create',
      'governance.proposal.comment',
      'governance.vote.open',
      'governance.ballot.cast',
      'governance.ballot.cast',
      'governance.ballot.cast',
      'governance.ballot.cast',
      'governance.vote.close',
    ]);
    // Tampering with a ballot row shows in the recount.
    await t.store.db.updateTable('ballots').set({ choice: 'no' }).where('audit_seq', '=', record.ballots[3].auditSeq).execute();
    const tampered = ok(await request(t.app, rep('sg'), 'GET', `/api/governance/proposals/${proposal.id}/record`)).json();
    expect(tampered.check.ok).toBe(false);
    expect(tampered.check.problems.join(' ')).toContain('differs from audit entry');
    await t.store.db.updateTable('ballots').set({ choice: 'yes' }).where('audit_seq', '=', record.ballots[3].auditSeq).execute();
  });

  it('refuses duplicate, unauthorised and premature ballots with the reason', async () => {
    applicant = await createUser(t, clock, p.admin, 'applicant2@example.org', ['member-representative'], {
      organisationId: ok(await request(t.app, p.admin, 'POST', '/api/organisations', { name: 'Japan MIC', type: 'government-agency', country: 'JP' }), 201).json().id,
    });
    const id = ok(await request(t.app, applicant, 'POST', '/api/governance/applications', { criterion: 'developed-framework', frameworkId: null, motivation: 'JC-STAR.' }), 201).json().id;
    const early = await vote(t.app, rep('uk'), id, 'yes');
    expect(early.json().error).toMatchObject({ code: 'vote_not_open' });
    await openVote(t.app, rep('sg'), id, new Date(clock.now().getTime() + 3 * DAY).toISOString());
    ok(await vote(t.app, rep('uk'), id, 'no'), 201);
    const again = await vote(t.app, rep('uk'), id, 'no');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'duplicate_vote', message: expect.stringContaining('already voted no') });
    // Finland was admitted before this vote opened: it votes. The applicant is not in the electorate.
    ok(await vote(t.app, rep('fi'), id, 'abstain'), 201);
    const outsider = await vote(t.app, applicant, id, 'yes');
    expect(outsider.statusCode).toBe(404);
    // A manufacturer cannot see the application at all: for it, there is nothing to vote on.
    expect((await vote(t.app, rep('maker'), id, 'yes')).json().error.code).toBe('proposal_not_found');
    // A colleague without the representative role cannot vote for the organisation, and is told so.
    const colleague = await createUser(t, clock, p.admin, 'uk-colleague@example.org', [], { organisationId: p.parties.uk!.organisationId });
    const refused = await vote(t.app, colleague, id, 'yes');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'not_a_representative', message: expect.stringContaining('Only a member representative votes') });
  });

  it('fixes the electorate at opening: a member admitted during the vote does not vote in it', async () => {
    const [pending] = ok(await request(t.app, rep('uk'), 'GET', '/api/governance/proposals?kind=admit-member&status=open')).json().items;
    const detail = ok(await request(t.app, rep('uk'), 'GET', `/api/governance/proposals/${pending.id}`)).json();
    expect(detail.electorate).toHaveLength(6);
    const third = (korea = await createUser(t, clock, p.admin, 'kr@example.org', ['member-representative'], {
      organisationId: ok(await request(t.app, p.admin, 'POST', '/api/organisations', { name: 'Korea KISA', type: 'government-agency', country: 'KR' }), 201).json().id,
    }));
    const kr = ok(await request(t.app, third, 'POST', '/api/governance/applications', { criterion: 'developed-framework', frameworkId: null, motivation: 'IoT certification.' }), 201).json().id;
    await openVote(t.app, rep('uk'), kr, new Date(clock.now().getTime() + 2 * DAY).toISOString());
    for (const key of ['uk', 'fr', 'sg', 'sn']) ok(await vote(t.app, rep(key), kr, 'yes'), 201);
    expect(ok(await request(t.app, rep('uk'), 'GET', `/api/governance/proposals/${kr}`)).json().status).toBe('approved');
    const refused = await vote(t.app, third, pending.id, 'yes');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'not_in_electorate', message: expect.stringContaining('when the vote opened') });
  });

  it('closes at the closing time with the tick (refused when no majority), reminding members that have not voted', async () => {
    const [pending] = ok(await request(t.app, rep('uk'), 'GET', '/api/governance/proposals?kind=admit-member&status=open')).json().items;
    const { governanceTick } = await import('../../../commands/governance/governance-tick.js');
    const ctx = { store: t.store, clock, publicUrl: 'http://127.0.0.1:8080', mailer: null };
    clock.set(new Date(Date.parse(pending.closesAt) - DAY + 1000).toISOString());
    expect(await governanceTick(ctx)).toEqual({ closed: [], reminded: [pending.id] });
    const reminded = (await outbox(t, 'governance.vote-closing')).map((m) => m.to);
    expect(reminded).not.toContain('uk@example.org');
    expect(reminded).toContain('sn@example.org');
    expect((await governanceTick(ctx)).reminded).toEqual([]);
    // A ballot at the closing time is late even before the tick has run. (Sessions expired while time passed.)
    clock.set(pending.closesAt);
    const sn = await freshSession(t, clock, rep('sn'));
    const uk = await freshSession(t, clock, rep('uk'));
    expect((await vote(t.app, sn, pending.id, 'yes')).json().error.code).toBe('vote_closed');
    expect(ok(await request(t.app, uk, 'GET', `/api/governance/proposals/${pending.id}`)).json().phase).toBe('counting');
    clock.advance(3_600_000);
    expect((await governanceTick(ctx)).closed).toEqual([{ id: pending.id, status: 'refused' }]);
    const closed = ok(await request(t.app, await freshSession(t, clock, uk), 'GET', `/api/governance/proposals/${pending.id}`)).json();
    expect(closed).toMatchObject({ status: 'refused', closedAt: pending.closesAt, result: { outcome: 'refused', decidedEarly: false }, tally: { electorate: 6, yes: 0, no: 1, abstain: 1, notVoted: 4 } });
    // The applicant learns the outcome and tally, not the discussion nor the other members' ballots.
    const own = await freshSession(t, clock, applicant);
    expect(ok(await request(t.app, own, 'GET', `/api/governance/proposals/${pending.id}`)).json()).toMatchObject({ access: 'applicant', status: 'refused', tally: { no: 1 } });
    expect((await request(t.app, own, 'GET', `/api/governance/proposals/${pending.id}/record`)).statusCode).toBe(404);
    expect((await request(t.app, own, 'GET', `/api/governance/proposals/${pending.id}/comments`)).statusCode).toBe(404);
  });

  it('serialises ballots arriving together: the vote closes at the ballot that decides it, and later ones are refused', async () => {
    const uk = await freshSession(t, clock, rep('uk'));
    const admin = await freshSession(t, clock, p.admin);
    const org = ok(await request(t.app, admin, 'POST', '/api/organisations', { name: 'Brazil Anatel', type: 'government-agency', country: 'BR' }), 201).json().id;
    const br = await createUser(t, clock, admin, 'br@example.org', [], { organisationId: org });
    const id = ok(await request(t.app, br, 'POST', '/api/governance/applications', { criterion: 'developed-framework', frameworkId: null, motivation: 'x' }), 201).json().id;
    const opened = (await openVote(t.app, uk, id)).json();
    const repsByOrg = new Map<string, SignedIn>([...Object.values(p.parties).map((x) => [x.organisationId, x.rep] as const), [korea.organisationId!, korea]]);
    const voters = await Promise.all(opened.electorate.map((e: { id: string }) => freshSession(t, clock, repsByOrg.get(e.id)!)));
    const results = await Promise.all(voters.map((v, i) => vote(t.app, v, id, i % 2 === 0 ? 'yes' : 'no')));
    const accepted = results.filter((r) => r.statusCode === 201).length;
    expect(results.every((r) => r.statusCode === 201 || r.json().error.code === 'vote_closed')).toBe(true);
    const record = ok(await request(t.app, uk, 'GET', `/api/governance/proposals/${id}/record`)).json();
    expect(record.ballots).toHaveLength(accepted);
    expect(record.check.ok).toBe(true);
    const t0 = record.check.recounted;
    expect(t0.yes + t0.no + t0.abstain + t0.notVoted).toBe(opened.electorate.length);
  });

  it('lets a member leave by its representative’s decision (or an administrator recording it), not by another member', async () => {
    const uk = await freshSession(t, clock, rep('uk'));
    const sn = await freshSession(t, clock, rep('sn'));
    const other = await request(t.app, uk, 'POST', `/api/governance/members/${p.parties.sn!.organisationId}/withdrawal`, { note: 'x' });
    expect(other.statusCode).toBe(403);
    ok(await request(t.app, sn, 'POST', `/api/governance/members/${p.parties.sn!.organisationId}/withdrawal`, { note: 'Leaving at the end of the term.' }));
    const members = ok(await t.app.inject({ method: 'GET', url: '/api/governance/members' })).json().items;
    expect(members.map((m: { organisation: { id: string } }) => m.organisation.id)).not.toContain(p.parties.sn!.organisationId);
    // Its people lose members' access at once.
    const [anyProposal] = ok(await request(t.app, uk, 'GET', '/api/governance/proposals?kind=admit-member')).json().items;
    expect((await request(t.app, sn, 'GET', `/api/governance/proposals/${anyProposal.id}`)).statusCode).toBe(404);
    expect((await request(t.app, uk, 'POST', `/api/governance/members/${p.parties.sn!.organisationId}/withdrawal`, {})).json().error.code).toBe('organisation_not_found');
  });
});

describe('the record under a clock that moves between readings (as the real one does)', () => {
  let t: TestApp;
  const clock = tickingClock();
  afterAll(async () => t?.close());

  it('records each ballot at the instant of its audit entry, so the record verifies', async () => {
    t = await createTestApp('sqlite', { clock, bundle: false });
    const p = await setupPlatform(t, clock, [...FIVE_MEMBERS, OUTSIDERS[0]!], FIVE_MEMBERS.map((o) => o.key));
    const rep = (key: string) => p.parties[key]!.rep;
    const id = ok(await request(t.app, rep('fi'), 'POST', '/api/governance/applications', { criterion: 'developed-framework', frameworkId: null, motivation: 'x' }), 201).json().id;
    await openVote(t.app, rep('uk'), id);
    for (const key of ['uk', 'fr', 'sg']) ok(await vote(t.app, rep(key), id, 'yes'), 201);
    const record = ok(await request(t.app, rep('uk'), 'GET', `/api/governance/proposals/${id}/record`)).json();
    expect(record.result.outcome).toBe('approved');
    expect(record.check).toMatchObject({ ok: true, problems: [] });
  }, 120_000);
});
