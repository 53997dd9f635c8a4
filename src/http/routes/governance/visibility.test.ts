// Visibility across every governance read: a manufacturer account (and the anonymous public) never sees
// governments-only content, nor members' content, through any GET route of the governance API or any page;
// an NGO member sees members' content but not governments-only; a government member sees both. The routes
// are enumerated from the app itself, so a new GET route without an entry here fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { dialects } from '../../../../test/stores.js';
import { request, type SignedIn } from '../../../../test/accounts.js';
import { ok, openVote, outbox, setupPlatform, vote, type OrgSpec, type Platform } from '../../../../test/governance.js';

const ORGS: OrgSpec[] = [
  { key: 'uk', name: 'UK Department for Science', type: 'government-agency', country: 'GB' },
  { key: 'fr', name: 'ANSSI', type: 'government-agency', country: 'FR' },
  { key: 'ngo', name: 'Internet Society', type: 'international-organisation-or-ngo', country: 'INT' },
  { key: 'maker', name: 'Acme Devices', type: 'manufacturer', country: 'DE' },
];

const GOV = 'GOVSECRET';
const MEMBERS = 'MEMBERSONLY';

describe.each(dialects)('visibility of governance content on %s', (dialect) => {
  let t: TestApp;
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  let p: Platform;
  const ids = { govStatement: '', govSig: '', govProposal: '', memberStatement: '', memberSig: '', memberProposal: '' };
  const rep = (key: string) => p.parties[key]!.rep;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, bundle: false });
    p = await setupPlatform(t, clock, ORGS, ['uk', 'fr', 'ngo']);
    const post = async (as: SignedIn, url: string, body: unknown) => ok(await request(t.app, as, 'POST', url, body), 201).json();
    ids.govStatement = (await post(rep('uk'), '/api/governance/statements', { title: `${GOV} statement`, visibility: 'governments-only', paragraphs: [`${GOV} paragraph`] })).id;
    await post(rep('fr'), `/api/governance/statements/${ids.govStatement}/comments`, { version: 1, paragraphId: 'p1', body: `${GOV} comment` });
    ids.govSig = (await post(rep('uk'), '/api/governance/sigs', { name: `${GOV} group`, focusArea: 'other', description: GOV, workingMethod: GOV, targets: [{ text: GOV, due: null }], visibility: 'governments-only' })).id;
    await post(rep('uk'), `/api/governance/sigs/${ids.govSig}/reports`, { title: `${GOV} report`, body: GOV });
    ids.govProposal = (await post(rep('uk'), `/api/governance/statements/${ids.govStatement}/adoption`, { body: `${GOV} motion` })).id;
    await openVote(t.app, rep('uk'), ids.govProposal);
    ok(await vote(t.app, rep('fr'), ids.govProposal, 'yes'), 201);
    ids.memberStatement = (await post(rep('ngo'), '/api/governance/statements', { title: `${MEMBERS} statement`, paragraphs: [`${MEMBERS} paragraph`] })).id;
    ids.memberSig = (await post(rep('ngo'), '/api/governance/sigs', { name: `${MEMBERS} group`, focusArea: 'other', description: '', workingMethod: '', targets: [] })).id;
    ids.memberProposal = (await post(rep('ngo'), '/api/governance/proposals', { kind: 'change-setting', title: `${MEMBERS} proposal`, body: MEMBERS, payload: { setting: 'advisors-one-per-country', value: false } })).id;
    await post(rep('ngo'), `/api/governance/proposals/${ids.memberProposal}/comments`, { body: `${MEMBERS} comment` });
  }, 180_000);
  afterAll(async () => t?.close());

  /** Every GET route of the governance API, with each id it can take. */
  function urls(): string[] {
    const routes = [...new Set(t.app.accessTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/governance')).map((r) => r.url))].sort();
    const ids4: Record<string, string[]> = {
      '/api/governance/proposals/:id': [ids.govProposal, ids.memberProposal],
      '/api/governance/proposals/:id/record': [ids.govProposal, ids.memberProposal],
      '/api/governance/proposals/:id/comments': [ids.govProposal, ids.memberProposal],
      '/api/governance/statements/:id': [ids.govStatement, ids.memberStatement],
      '/api/governance/statements/:id/versions/:version': [ids.govStatement, ids.memberStatement],
      '/api/governance/statements/:id/comments': [ids.govStatement, ids.memberStatement],
      '/api/governance/sigs/:id': [ids.govSig, ids.memberSig],
    };
    return routes.flatMap((route) => {
      if (!route.includes(':')) return [route];
      const values = ids4[route];
      if (!values) throw new Error(`visibility test has no ids for ${route}: add it`);
      return values.map((id) => route.replace(':id', id).replace(':version', '1'));
    });
  }

  async function bodies(as: SignedIn | null): Promise<string> {
    const out: string[] = [];
    for (const url of urls()) {
      const res = await request(t.app, as, 'GET', url);
      expect([200, 404], `${url}: ${res.body}`).toContain(res.statusCode);
      // A 404 repeats the id asked for, which the caller knew already; it says nothing else.
      out.push(res.statusCode === 200 ? res.body : res.json().error.code);
    }
    return out.join('\n');
  }

  it('covers every GET route of the governance API', () => {
    expect(urls().length).toBeGreaterThanOrEqual(20);
  });

  it('shows a manufacturer neither governments-only nor members’ content, through any route', async () => {
    const seen = await bodies(rep('maker'));
    expect(seen).not.toContain(GOV);
    expect(seen).not.toContain(MEMBERS);
    expect(seen).not.toContain(ids.govProposal);
    expect(seen).not.toContain(ids.govStatement);
  });

  it('shows the anonymous public neither', async () => {
    const seen = await bodies(null);
    expect(seen).not.toContain(GOV);
    expect(seen).not.toContain(MEMBERS);
  });

  it('shows an NGO member members’ content but not governments-only content', async () => {
    const seen = await bodies(rep('ngo'));
    expect(seen).not.toContain(GOV);
    expect(seen).toContain(`${MEMBERS} comment`);
  });

  it('shows a government member both', async () => {
    const seen = await bodies(rep('fr'));
    for (const marker of [`${GOV} paragraph`, `${GOV} comment`, `${GOV} report`, `${GOV} motion`, `${MEMBERS} proposal`]) expect(seen).toContain(marker);
  });

  it('sends governments-only vote mail to government representatives only', async () => {
    const opened = (await outbox(t, 'governance.vote-opened')).filter((m) => m.body.includes(GOV));
    expect(opened.map((m) => m.to).sort()).toEqual(['fr@example.org', 'uk@example.org']);
  });

  it('serves the web pages as the application shell only: content comes through the routes above', async () => {
    for (const path of ['/members', '/statements', `/statements/${ids.govStatement}`, `/governance/proposals/${ids.govProposal}`, `/governance/sigs/${ids.govSig}`]) {
      const res = await request(t.app, rep('maker'), 'GET', path);
      expect(res.body).not.toContain(GOV);
    }
  });
});
