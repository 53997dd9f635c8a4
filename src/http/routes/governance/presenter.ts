// What the governance API shows of proposals and votes: the fields of the schemas, nothing more.
import type { Proposal } from '../../../db/repositories/proposals.js';
import type { ProposalDetail, ProposalRecord, ProposalSummary, CommentView } from '../../../commands/governance/proposal-queries.js';

function named(id: string | null, names: Record<string, string>) {
  return id === null ? null : { id, name: names[id] ?? id };
}

export function presentProposalSummary(s: ProposalSummary, names: Record<string, string>) {
  const p = s.proposal;
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    visibility: p.visibility,
    status: p.status,
    phase: s.phase,
    access: s.access,
    proposedFor: named(p.proposedFor, names),
    createdAt: p.createdAt,
    openedAt: p.openedAt,
    closesAt: p.closesAt,
    closedAt: p.closedAt,
  };
}

function presentResult(p: Proposal) {
  return p.result ? { outcome: p.result.outcome, decidedEarly: p.result.decidedEarly, lapsedBecause: p.result.lapsedBecause } : null;
}

export function presentProposal(d: ProposalDetail) {
  const p = d.proposal;
  return {
    ...presentProposalSummary(d, d.organisationNames),
    body: p.body,
    payload: p.payload,
    requestedRule: p.requestedRule,
    rule: p.rule,
    electorate: p.electorate?.map((o) => ({ id: o, name: d.organisationNames[o] ?? o })) ?? null,
    tally: d.tally,
    resultsHidden: d.resultsHidden,
    myBallot: d.myBallot ? { choice: d.myBallot.choice, at: d.myBallot.at } : null,
    canVote: d.canVote,
    result: d.access === 'full' || p.result !== null ? presentResult(p) : null,
    evidence: d.evidence,
  };
}

export function presentRecord(r: ProposalRecord) {
  const p = r.proposal;
  return {
    proposalId: p.id,
    rule: p.rule,
    electorate: p.electorate,
    openedAt: p.openedAt,
    closesAt: p.closesAt,
    closedAt: p.closedAt,
    ballots: r.ballots.map((b) => ({
      organisation: { id: b.organisationId, name: b.organisationName },
      choice: b.choice,
      at: b.at,
      representative: { id: b.userId, name: b.representativeName },
      auditSeq: b.seq,
      auditHash: b.auditHash,
    })),
    partial: r.partial,
    tally: r.tally,
    result: p.result ? { outcome: p.result.outcome, decidedEarly: p.result.decidedEarly, ballotsDigest: p.result.ballotsDigest, lapsedBecause: p.result.lapsedBecause } : null,
    closeEntry: r.closeEntry,
    check: r.check,
    chain: { ok: r.chain.ok, entries: r.chain.entries },
  };
}

/**
 * A comment on a proposal or on a statement's paragraph: who wrote it, for which organisation, when. An erased
 * comment (its author deleted their account) keeps its place, with no text and the author's pseudonym.
 */
export function presentComment(c: Pick<CommentView, 'id' | 'userId' | 'authorName' | 'organisationId' | 'organisationName' | 'body' | 'createdAt' | 'erasedAt'>) {
  return {
    id: c.id,
    author: { id: c.userId, name: c.authorName },
    organisation: c.organisationId ? { id: c.organisationId, name: c.organisationName ?? c.organisationId } : null,
    body: c.body,
    erased: c.erasedAt !== null,
    createdAt: c.createdAt,
  };
}
