// Governance and personal data (docs/personal-data.md). A representative acts for their organisation: ballots,
// proposals, applications, statement texts and group reports are the Platform's and the members' records, and
// stay when the person deletes their account, naming the account's pseudonymous id (shown as deleted-user-…).
// That keeps every vote's record verifiable: a ballot's row, its audit entry and the digest counted at the close
// all name "user:<id>", and none of them changes. What is the person's own goes: the text of their comments
// (the comment keeps its place), their place in groups in person, their standing as an expert advisor, and
// what others wrote about them as a nominee (the name in the nomination's title and the expertise stated).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { eraseProposalCommentsBy, listBallotsCastBy, listProposalCommentsBy, listProposals, saveProposal, type Proposal } from '../../db/repositories/proposals.js';
import { eraseStatementCommentsBy, listStatementCommentsBy, statementRecordsOf } from '../../db/repositories/statements.js';
import { removePersonFromSigs, sigRecordsOf } from '../../db/repositories/special-interest-groups.js';
import { endAdvisorship, listAdvisorshipsOf } from '../../db/repositories/expert-advisors.js';
import { rewriteOutboxText } from '../../db/repositories/outbox.js';
import { appendAudit, userRef } from '../audit.js';
import { deletedUserPseudonym } from '../accounts/pseudonym.js';
import type { PersonalDataContext, PersonalDataContributor } from '../accounts/personal-data.js';

const isNominationOf = (p: Proposal, userId: string) => p.kind === 'admit-expert-advisor' && p.payload.nomineeUserId === userId;

async function exportGovernance(ctx: PersonalDataContext, userId: string) {
  const db = ctx.store.db;
  const [ballots, proposals, proposalComments, statementComments, statements, groups, advisorships] = await Promise.all([
    listBallotsCastBy(db, userId),
    listProposals(db),
    listProposalCommentsBy(db, userId),
    listStatementCommentsBy(db, userId),
    statementRecordsOf(db, userId),
    sigRecordsOf(db, userId),
    listAdvisorshipsOf(db, userId),
  ]);
  const titles = new Map(proposals.map((p) => [p.id, p.title]));
  return {
    ballots: ballots.map((b) => ({ proposalId: b.proposalId, proposalTitle: titles.get(b.proposalId) ?? null, organisationId: b.organisationId, choice: b.choice, castAt: b.at, auditSeq: b.seq })),
    // Applications for membership and nominations made are proposals too (kinds admit-member, admit-expert-advisor).
    proposals: proposals
      .filter((p) => p.proposedBy === userId)
      .map((p) => ({ id: p.id, kind: p.kind, title: p.title, body: p.body, visibility: p.visibility, status: p.status, proposedFor: p.proposedFor, createdAt: p.createdAt })),
    nominationsOfMe: proposals
      .filter((p) => isNominationOf(p, userId))
      .map((p) => ({ proposalId: p.id, title: p.title, expertise: p.body, country: p.payload.country, criterion: p.payload.criterion, status: p.status, createdAt: p.createdAt })),
    expertAdvisor: advisorships.map((a) => ({ id: a.id, country: a.country, criterion: a.criterion, designatedBy: a.designatedBy, proposalId: a.proposalId, admittedAt: a.admittedAt, endedAt: a.endedAt })),
    proposalComments: proposalComments.map((c) => ({ id: c.id, proposalId: c.proposalId, organisationId: c.organisationId, body: c.body, createdAt: c.createdAt })),
    statementComments: statementComments.map((c) => ({ id: c.id, statementId: c.statementId, version: c.version, paragraphId: c.paragraphId, body: c.body, createdAt: c.createdAt })),
    statementsDrafted: statements.drafted.map((s) => ({ id: s.id, title: s.title, visibility: s.visibility, status: s.status, createdAt: s.createdAt })),
    statementVersions: statements.versions.map((v) => ({ statementId: v.statementId, version: v.version, title: v.title, paragraphs: v.paragraphs, note: v.note, createdAt: v.createdAt })),
    specialInterestGroups: {
      formed: groups.formed.map((g) => ({ id: g.id, name: g.name, createdAt: g.createdAt })),
      joinedInPerson: groups.inPerson.map((p) => ({ sigId: p.sigId, joinedAt: p.joinedAt })),
      reports: groups.reports.map((r) => ({ id: r.id, sigId: r.sigId, title: r.title, body: r.body, reportedOn: r.reportedOn, createdAt: r.createdAt })),
    },
  };
}

async function eraseGovernance(trx: Kysely<Database>, ctx: PersonalDataContext, userId: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const pseudonym = deletedUserPseudonym(userId);
  await eraseProposalCommentsBy(trx, userId, now);
  await eraseStatementCommentsBy(trx, userId, now);
  await removePersonFromSigs(trx, userId);
  // An advisor is a person: without an account there is nobody to advise. The register keeps that the Platform
  // admitted an advisor for that country by that proposal (the decision's effect), ended today.
  for (const a of await listAdvisorshipsOf(trx, userId)) {
    if (a.endedAt !== null) continue;
    await endAdvisorship(trx, a.id, now);
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'governance.advisor.end', subject: userRef(userId), payload: { advisorId: a.id, because: 'account-deleted' } });
  }
  // A nomination is about the nominee: the name in its title and the expertise stated go; the proposal, its
  // ballots and outcome stay. One still in discussion is withdrawn (nobody is left to admit); an open vote runs
  // on and lapses at its close (apply-decision.ts refuses to admit a deleted account).
  for (const p of await listProposals(trx, { kind: ['admit-expert-advisor'] })) {
    if (!isNominationOf(p, userId)) continue;
    const title = `Admit ${pseudonym} to the Expert Advisors Group (${String(p.payload.country)})`;
    const withdraw = p.status === 'discussion';
    await saveProposal(trx, { ...p, title, body: '', ...(withdraw ? { status: 'withdrawn' as const, closedAt: now } : {}) });
    // Mail about the vote carried the title to the representatives.
    await rewriteOutboxText(trx, 'governance.', p.title, title);
    if (withdraw) {
      await appendAudit(trx, ctx, { actor: 'system', action: 'governance.proposal.withdraw', subject: `proposal:${p.id}`, payload: { wasOpen: false, because: 'nominee-account-deleted' } });
    }
  }
}

export const governancePersonalData: PersonalDataContributor = { name: 'governance', export: exportGovernance, erase: eraseGovernance };
