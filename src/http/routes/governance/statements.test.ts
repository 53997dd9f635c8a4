// Statements: the 2019 statement recorded as adopted and published; a draft commented paragraph by paragraph,
// revised with every version kept, adopted by vote on a frozen version and then published; governments-only
// drafting kept among government members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { request } from '../../../../test/accounts.js';
import { ok, openVote, setupPlatform, vote, type OrgSpec, type Platform } from '../../../../test/governance.js';
import { loadGovernanceRecords } from '../../../commands/governance/governance-records.js';

const ORGS: OrgSpec[] = [
  { key: 'uk', name: 'UK Department for Science', type: 'government-agency', country: 'GB' },
  { key: 'fr', name: 'ANSSI', type: 'government-agency', country: 'FR' },
  { key: 'ngo', name: 'Internet Society', type: 'international-organisation-or-ngo', country: 'INT' },
];

describe.each(dialects)('statements on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  let p: Platform;
  let draftId: string;
  const rep = (key: string) => p.parties[key]!.rep;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false });
    expect(await loadGovernanceRecords({ store: t.store, clock })).toEqual({ statement: true, baselineVersion: null });
    p = await setupPlatform(t, clock, ORGS, ['uk', 'fr', 'ngo']);
  }, 180_000);
  afterAll(async () => t?.close());

  it('publishes the statement of 14 November 2019 as adopted, with its date, once', async () => {
    expect((await loadGovernanceRecords({ store: t.store, clock })).statement).toBe(false);
    const list = ok(await t.app.inject({ method: 'GET', url: '/api/governance/statements' })).json().items;
    expect(list).toEqual([expect.objectContaining({ id: 'platform-statement-2019-11-14', status: 'adopted', adoptedOn: '2019-11-14', access: 'drafting', recordNote: expect.stringContaining('without a vote record') })]);
    const s = ok(await t.app.inject({ method: 'GET', url: '/api/governance/statements/platform-statement-2019-11-14' })).json();
    expect(s.text.paragraphs).toHaveLength(8);
    expect(s.text.paragraphs[4].text).toContain('- Make it easy for users to delete personal data.');
  });

  it('drafts a statement members see and the public does not', async () => {
    const created = ok(
      await request(t.app, rep('uk'), 'POST', '/api/governance/statements', {
        title: 'Statement on security updates',
        paragraphs: ['Devices receive security updates for a stated period.', 'Manufacturers say when support ends.'],
      }),
      201,
    ).json();
    draftId = created.id;
    expect(created).toMatchObject({ status: 'drafting', visibility: 'members-and-advisors', currentVersion: 1, text: { paragraphs: [{ id: 'p1' }, { id: 'p2' }] } });
    expect((await t.app.inject({ method: 'GET', url: `/api/governance/statements/${draftId}` })).statusCode).toBe(404);
    expect(ok(await t.app.inject({ method: 'GET', url: '/api/governance/statements' })).json().items.map((s: { id: string }) => s.id)).not.toContain(draftId);
  });

  it('takes comments paragraph by paragraph, and keeps paragraph ids and every version through revisions', async () => {
    ok(await request(t.app, rep('ngo'), 'POST', `/api/governance/statements/${draftId}/comments`, { version: 1, paragraphId: 'p2', body: 'Say "before purchase".' }), 201);
    expect((await request(t.app, rep('ngo'), 'POST', `/api/governance/statements/${draftId}/comments`, { version: 1, paragraphId: 'p9', body: 'x' })).statusCode).toBe(404);
    const revised = ok(
      await request(t.app, rep('fr'), 'POST', `/api/governance/statements/${draftId}/versions`, {
        baseVersion: 1,
        paragraphs: [{ id: 'p1', text: 'Devices receive security updates for a stated period.' }, { id: 'p2', text: 'Manufacturers say, before purchase, when support ends.' }, { text: 'Updates are free of charge.' }],
        note: 'Takes the comment on p2.',
      }),
      201,
    ).json();
    expect(revised.currentVersion).toBe(2);
    expect(revised.text.paragraphs.map((x: { id: string }) => x.id)).toEqual(['p1', 'p2', 'p3']);
    expect(revised.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(revised.commentCounts).toEqual({ p2: 1 });
    const stale = await request(t.app, rep('uk'), 'POST', `/api/governance/statements/${draftId}/versions`, { baseVersion: 1, paragraphs: [{ text: 'x' }] });
    expect(stale.json().error).toMatchObject({ code: 'conflict', message: expect.stringContaining('Version 2 was saved') });
    const v1 = ok(await request(t.app, rep('uk'), 'GET', `/api/governance/statements/${draftId}/versions/1`)).json();
    expect(v1.paragraphs[1].text).toBe('Manufacturers say when support ends.');
    const comments = ok(await request(t.app, rep('uk'), 'GET', `/api/governance/statements/${draftId}/comments`)).json().items;
    expect(comments).toEqual([expect.objectContaining({ version: 1, paragraphId: 'p2', body: 'Say "before purchase".', organisation: { id: p.parties.ngo!.organisationId, name: 'Internet Society' } })]);
  });

  it('adopts the version put to the vote, frozen meanwhile, and publishes it', async () => {
    const proposalId = ok(await request(t.app, rep('uk'), 'POST', `/api/governance/statements/${draftId}/adoption`, { body: 'Ready for adoption.' }), 201).json().id;
    expect((await request(t.app, rep('fr'), 'POST', `/api/governance/statements/${draftId}/versions`, { baseVersion: 2, paragraphs: [{ text: 'x' }] })).json().error.message).toContain('voting');
    await openVote(t.app, rep('uk'), proposalId);
    ok(await vote(t.app, rep('uk'), proposalId, 'yes'), 201);
    clock.advance(60_000);
    expect(ok(await vote(t.app, rep('ngo'), proposalId, 'yes'), 201).json().proposal.status).toBe('approved');
    const published = ok(await t.app.inject({ method: 'GET', url: `/api/governance/statements/${draftId}` })).json();
    expect(published).toMatchObject({ status: 'adopted', access: 'published', adoptedVersion: 2, adoptedOn: '2026-11-23', currentVersion: null, versions: [], commentCounts: {} });
    expect(published.text.paragraphs).toHaveLength(3);
    // The public reads the adopted text, not the drafting.
    expect((await t.app.inject({ method: 'GET', url: `/api/governance/statements/${draftId}/versions/1` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/governance/statements/${draftId}/comments` })).statusCode).toBe(404);
  });

  it('keeps governments-only drafting among government members', async () => {
    const secret = ok(await request(t.app, rep('fr'), 'POST', '/api/governance/statements', { title: 'Candid views', visibility: 'governments-only', paragraphs: ['Among governments.'] }), 201).json().id;
    expect(ok(await request(t.app, rep('uk'), 'GET', `/api/governance/statements/${secret}`)).json().title).toBe('Candid views');
    expect((await request(t.app, rep('ngo'), 'GET', `/api/governance/statements/${secret}`)).statusCode).toBe(404);
    expect((await request(t.app, rep('ngo'), 'POST', `/api/governance/statements/${secret}/comments`, { version: 1, paragraphId: 'p1', body: 'x' })).statusCode).toBe(404);
    expect((await request(t.app, rep('ngo'), 'POST', '/api/governance/statements', { title: 'x', visibility: 'governments-only', paragraphs: ['x'] })).statusCode).toBe(403);
    // Its adoption vote has the government members as electorate.
    const proposalId = ok(await request(t.app, rep('fr'), 'POST', `/api/governance/statements/${secret}/adoption`, {}), 201).json().id;
    const opened = (await openVote(t.app, rep('uk'), proposalId)).json();
    expect(opened.electorate.map((e: { name: string }) => e.name).sort()).toEqual(['ANSSI', 'UK Department for Science']);
    expect((await vote(t.app, rep('ngo'), proposalId, 'yes')).statusCode).toBe(404);
  });
});
