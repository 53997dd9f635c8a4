// The record of a vote, checkable by anyone who may see it: every ballot (cast or changed) with its time and
// representative, each tied to its entry in the audit hash chain; the tally and outcome written at close
// with a digest of the ballots counted. Verifying recomputes the tally from the ballots, compares it with
// what was recorded, and checks each ballot against its audit entry.

import { canonicalJson } from '../audit/canonical-json.js';
import type { HashFn } from '../audit/audit-chain.js';
import { tally, type Ballot, type Outcome, type Tally, type VoteFrame, decide } from './tally.js';

export const BALLOT_AUDIT_ACTION = 'governance.ballot.cast';
export const CLOSE_AUDIT_ACTION = 'governance.vote.close';

export interface RecordedResult {
  tally: Tally;
  outcome: Outcome;
  decidedEarly: boolean;
  ballotsDigest: string;
}

/** The audit payload of one ballot: everything about it but the time, which the entry holds itself. */
export function ballotAuditPayload(b: Pick<Ballot, 'organisationId' | 'choice'>): Record<string, unknown> {
  return { organisationId: b.organisationId, choice: b.choice };
}

/** A digest of the ballots a result was counted from, in receipt order. */
export function ballotsDigest(sha256: HashFn, ballots: readonly Ballot[]): string {
  const ordered = [...ballots].sort((a, b) => a.seq - b.seq).map((b) => ({ seq: b.seq, organisationId: b.organisationId, choice: b.choice, at: b.at, userId: b.userId }));
  return sha256(canonicalJson(ordered));
}

export interface AuditFact {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  payload: Record<string, unknown>;
}

export interface RecordCheck {
  ok: boolean;
  recounted: Tally;
  problems: string[];
}

export function verifyVoteRecord(
  sha256: HashFn,
  proposalId: string,
  frame: VoteFrame,
  result: RecordedResult | null,
  ballots: readonly Ballot[],
  audit: ReadonlyMap<number, AuditFact>,
): RecordCheck {
  const problems: string[] = [];
  for (const b of ballots) {
    const e = audit.get(b.seq);
    if (!e) {
      problems.push(`the ballot of ${b.organisationId} at ${b.at} has no audit entry ${b.seq}`);
      continue;
    }
    const same =
      e.action === BALLOT_AUDIT_ACTION && e.subject === `proposal:${proposalId}` && e.at === b.at && e.actor === `user:${b.userId}` &&
      canonicalJson(e.payload) === canonicalJson(ballotAuditPayload(b));
    if (!same) problems.push(`the ballot of ${b.organisationId} at ${b.at} differs from audit entry ${b.seq}`);
  }
  const recounted = tally(frame, ballots);
  if (result) {
    if (canonicalJson(result.tally) !== canonicalJson(recounted)) problems.push('the recorded tally differs from a recount of the ballots');
    if (decide(frame.rule, recounted) !== result.outcome) problems.push('the recorded outcome does not follow from the recount under the rule');
    if (ballotsDigest(sha256, ballots) !== result.ballotsDigest) problems.push('the ballots differ from those the result was counted from');
  }
  return { ok: problems.length === 0, recounted, problems };
}
