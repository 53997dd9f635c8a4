// Export then delete, for a person who took part in every feature (test/personal-data.ts tells their story):
// the export holds each kind of data they left, sealed fields opened as far as they may read them and internal
// notes never; deletion leaves their email, name and identifying free text nowhere in any table, in clear or
// sealed, while the records others rely on stay and verify: ballots and the vote records, the nomination's
// outcome, statements, group reports, cases, declarations, labels, and the audit chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../test/stores.js';
import { createUser, PASSWORD, request } from '../../../../test/accounts.js';
import { ok } from '../../../../test/governance.js';
import { everyValue, KEPT, PERSON, tellStory, type Story } from '../../../../test/personal-data.js';
import { verifyAuditLog } from '../../../commands/accounts/verify-audit.js';
import { deletedUserPseudonym } from '../../../commands/accounts/pseudonym.js';

type Row = Record<string, unknown>;

describe.each(dialects)('personal data across every feature on %s', (dialect) => {
  let s: Story;
  const rep = (key: string) => s.platform.parties[key]!.rep;
  const get = async (as: Parameters<typeof request>[1], url: string) => ok(await request(s.t.app, as, 'GET', url)).json();

  beforeAll(async () => {
    s = await tellStory(dialect);
  }, 300_000);
  afterAll(async () => s?.t.close());

  it('exports every kind of data the person left, opening what they may read and never an internal note', async () => {
    const { ids, org } = s;
    const data = await get(s.person, '/api/me/export');
    expect(data.profile).toMatchObject({ email: PERSON.email, displayName: PERSON.name });

    const g = data.other.governance;
    expect(g.ballots.map((b: Row) => [b.proposalId, b.choice])).toEqual([[ids.setting, 'no'], [ids.setting, 'yes'], [ids.nomination, 'yes']]);
    expect(g.proposals).toEqual([expect.objectContaining({ id: ids.application, kind: 'admit-member', body: KEPT.motivation, status: 'approved' })]);
    expect(g.nominationsOfMe).toEqual([expect.objectContaining({ proposalId: ids.nomination, title: expect.stringContaining(PERSON.name), expertise: PERSON.expertise, country: 'NZ', status: 'approved' })]);
    expect(g.expertAdvisor).toEqual([expect.objectContaining({ country: 'NZ', criterion: 'expertise', proposalId: ids.nomination, endedAt: null })]);
    expect(g.proposalComments).toEqual([expect.objectContaining({ proposalId: ids.setting, body: PERSON.proposalComment })]);
    expect(g.statementComments).toEqual([expect.objectContaining({ statementId: ids.statement, version: 2, paragraphId: 'p2', body: PERSON.statementComment })]);
    expect(g.statementsDrafted.map((x: Row) => x.id)).toEqual([ids.statement]);
    expect(g.statementVersions.map((v: Row) => [v.version, v.note])).toEqual([[1, null], [2, 'Before purchase.']]);
    expect(g.specialInterestGroups).toMatchObject({ formed: [{ id: ids.sig }], joinedInPerson: [{ sigId: ids.sig }], reports: [{ sigId: ids.sig, body: KEPT.sigReport }] });

    const d = data.other.disclosure;
    expect(d.reportedCases).toHaveLength(1);
    const [reported] = d.reportedCases;
    expect(reported.report).toMatchObject({ title: 'Maintenance port open', reporterName: PERSON.name, reporterEmail: PERSON.email, credit: PERSON.name });
    expect(reported.manufacturer).toBe('Rival Gadgets GmbH');
    // The reporter's view: the manufacturer's answer to them, named as its PSIRT; not its internal note.
    expect(reported.timeline.filter((e: Row) => e.kind === 'message').map((e: { author: string; body: { text: string } }) => [e.author, e.body.text])).toEqual([['Rival Gadgets GmbH PSIRT', 'We confirm the issue.']]);
    expect(d.messagesWritten.map((m: Row) => [m.visibility, m.text])).toEqual([['all', KEPT.reply], ['internal', null], ['internal', null]]);
    const text = JSON.stringify(data);
    for (const internal of ['same bug as last year', KEPT.note, KEPT.coordinatorNote]) expect(text).not.toContain(internal);
    expect(d.psirtMemberships).toEqual([expect.objectContaining({ organisationId: org.maker })]);
    expect(d.coordinatorsInvited).toEqual([expect.objectContaining({ coordinator: `user:${s.analyst.userId}` })]);
    expect(d.coordinating).toEqual([expect.objectContaining({ joined: false })]);

    const p = data.other.products;
    expect(p.changes.map((c: Row) => c.action)).toEqual(expect.arrayContaining(['product.create', 'release.create', 'declaration.replace', 'evidence.upload', 'share-link.create']));
    expect(p.changes.find((c: Row) => c.action === 'product.create').name).toBe('Lumen indoor camera');
    expect(p.declarations).toEqual([expect.objectContaining({ releaseId: ids.release, release: 'Lumen indoor camera 2.4.1' })]);
    expect(p.evidenceUploaded).toEqual([expect.objectContaining({ productId: ids.product, name: 'support-policy.pdf', mediaType: 'application/pdf' })]);
    expect(p.shareLinksCreated).toEqual([expect.objectContaining({ releaseId: ids.release, revokedAt: null })]);
    expect(text).not.toMatch(/token_hash|tokenHash/);
    expect(data.other.labels.issued).toEqual([expect.objectContaining({ id: ids.label, releaseVersion: '2.4.1' })]);
    // The administrator who withdrew the label finds the withdrawal in their own export.
    expect((await get(s.platform.admin, '/api/me/export')).other.labels.withdrawn).toEqual([expect.objectContaining({ id: ids.label, reason: 'other', note: 'Issued for the wrong release.' })]);
  });

  it('deletion leaves no personal field in any table, in clear or sealed; what others rely on stays and verifies', async () => {
    const { t, ids, person } = s;
    const ballotsBefore = await t.store.db.selectFrom('ballots').selectAll().orderBy('audit_seq').execute();
    ok(await request(t.app, person, 'DELETE', '/api/me', { password: PASSWORD }));
    const pseudonym = deletedUserPseudonym(person.userId);

    const values = await everyValue(t, s.sealer);
    for (const needle of [PERSON.email, PERSON.name, PERSON.proposalComment, PERSON.statementComment, PERSON.expertise, 'zébulon', 'zebulon']) {
      expect(values.filter((v) => v.value.includes(needle.toLowerCase())), needle).toEqual([]);
    }

    // Votes: every ballot stays, naming the account's pseudonymous id; each record recounts and verifies.
    expect(await t.store.db.selectFrom('ballots').selectAll().orderBy('audit_seq').execute()).toEqual(ballotsBefore);
    for (const id of [ids.setting, ids.nomination, ids.application]) {
      const record = await get(rep('fr'), `/api/governance/proposals/${id}/record`);
      expect([id, record.check.ok, record.check.problems, record.chain.ok]).toEqual([id, true, [], true]);
      for (const b of record.ballots.filter((x: { representative: { id: string } }) => x.representative.id === person.userId)) expect(b.representative.name).toBe(pseudonym);
    }
    expect((await get(rep('fr'), `/api/governance/proposals/${ids.setting}/record`)).ballots.filter((b: { representative: { name: string } }) => b.representative.name === pseudonym)).toHaveLength(2);
    // The nomination: its outcome stays, the name and the expertise stated about the person go.
    const nomination = await get(rep('fr'), `/api/governance/proposals/${ids.nomination}`);
    expect(nomination).toMatchObject({ status: 'approved', title: `Admit ${pseudonym} to the Expert Advisors Group (NZ)`, body: '' });
    expect((await get(rep('fr'), '/api/governance/advisors')).items).toEqual([]);
    // Comments keep their place, without their text.
    expect(await get(rep('fr'), `/api/governance/proposals/${ids.setting}/comments`)).toMatchObject({ items: [{ author: { id: person.userId, name: pseudonym }, body: '', erased: true }] });
    expect((await get(rep('fr'), `/api/governance/statements/${ids.statement}/comments`)).items).toMatchObject([{ paragraphId: 'p2', body: '', erased: true }]);
    // The statement's text, the group and its report are the Platform's; the person no longer takes part in person.
    const statement = await get(rep('fr'), `/api/governance/statements/${ids.statement}`);
    expect(statement.text.paragraphs[0].text).toBe(KEPT.paragraph);
    const sig = await get(rep('fr'), `/api/governance/sigs/${ids.sig}`);
    expect(sig.reports).toEqual([expect.objectContaining({ body: KEPT.sigReport })]);
    expect(sig.participants.map((x: Row) => x.kind)).toEqual(['organisation']);

    // Cases stay with the manufacturers and coordinators, without the reporter's identity or the person's access.
    const reported = await get(s.otherPsirt, `/api/disclosure/cases/${ids.reportedCase}`);
    expect(reported.content).toMatchObject({ title: 'Maintenance port open', reporterName: null, reporterEmail: null, credit: null });
    const coordinated = await get(s.otherPsirt, `/api/disclosure/cases/${ids.coordinatedCase}`);
    expect(coordinated.coordinators).toEqual([]);
    expect(coordinated.events.find((e: Row) => e.kind === 'coordinator-added').body.name).toBe(pseudonym);
    expect(coordinated.events.filter((e: Row) => e.kind === 'message').map((e: { author: { name: string }; body: { text: string } }) => [e.author.name, e.body.text])).toEqual([[pseudonym, KEPT.coordinatorNote]]);
    const own = await get(s.analyst, `/api/disclosure/cases/${ids.ownCase}`);
    expect(own.events.filter((e: Row) => e.kind === 'message').map((e: { body: { text: string } }) => e.body.text)).toEqual([KEPT.reply, KEPT.note]);
    expect(await t.store.db.selectFrom('disclosure_psirt_members').selectAll().where('user_id', '=', person.userId).execute()).toEqual([]);

    // The manufacturer's records stay, naming the account by its id only.
    expect(await t.store.db.selectFrom('declarations').select(['release_id', 'updated_by']).execute()).toContainEqual({ release_id: ids.release, updated_by: `user:${person.userId}` });
    expect((await t.app.inject({ method: 'GET', url: `/api/labels/${ids.label}` })).statusCode).toBe(200);

    // The chain verifies, with the erasure's own entries in it.
    expect((await verifyAuditLog(t)).ok).toBe(true);
    const actions = (await t.store.db.selectFrom('audit_log').select('action').where('actor', '=', `user:${person.userId}`).execute()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['governance.advisor.end', 'disclosure.psirt.remove', 'disclosure.case.leave', 'account.delete']));
  });

  it('withdraws a nomination still in discussion when the nominee deletes their account', async () => {
    const nominee = await createUser(s.t, s.clock, s.platform.admin, 'nominee@example.org', []);
    const id = ok(await request(s.t.app, rep('uk'), 'POST', '/api/governance/nominations', { nomineeUserId: nominee.userId, criterion: 'expertise', country: 'FR', expertise: 'Nominee wrote the national label scheme.' }), 201).json().id;
    ok(await request(s.t.app, nominee, 'DELETE', '/api/me', { password: PASSWORD }));
    expect(await get(rep('fr'), `/api/governance/proposals/${id}`)).toMatchObject({ status: 'withdrawn', title: `Admit ${deletedUserPseudonym(nominee.userId)} to the Expert Advisors Group (FR)`, body: '' });
    const [entry] = await s.t.store.db.selectFrom('audit_log').select(['actor', 'payload']).where('subject', '=', `proposal:${id}`).where('action', '=', 'governance.proposal.withdraw').execute();
    expect([entry!.actor, JSON.parse(entry!.payload)]).toEqual(['system', { wasOpen: false, because: 'nominee-account-deleted' }]);
    expect((await verifyAuditLog(s.t)).ok).toBe(true);
  });
});
