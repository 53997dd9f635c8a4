// Counting a vote. A ballot is one member organisation's yes, no or abstain; a member may change it until the
// vote closes, and every cast or change is kept (the record), so the count takes each organisation's latest
// ballot within the voting window. Only the electorate fixed at opening counts: a member admitted during the
// vote has no say in it, and one that leaves keeps its place (its ballot, if cast, stands), so the
// denominator of a majority never moves while members vote.

import { quorumCount, type VoteRule } from './vote-rule.js';

export const CHOICES = ['yes', 'no', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];

export interface Ballot {
  organisationId: string;
  choice: Choice;
  /** ISO-8601 time the ballot was received. */
  at: string;
  /** The representative who cast it (pseudonymous user id). */
  userId: string;
  /** Order of receipt (the audit sequence number), which breaks ties between ballots of the same instant. */
  seq: number;
}

/** What a vote is counted against, fixed at opening. */
export interface VoteFrame {
  electorate: readonly string[];
  openedAt: string;
  closesAt: string;
  /** When the vote actually closed, if earlier than closesAt (an early decision). */
  closedAt: string | null;
  rule: VoteRule;
}

export interface Tally {
  electorate: number;
  yes: number;
  no: number;
  abstain: number;
  /** Members of the electorate with no ballot in the window. */
  notVoted: number;
}

export type Outcome = 'approved' | 'refused';

/**
 * Whether a ballot falls within the voting window: from the opening, and before the closing time (a ballot at
 * the closing time is late). An early decision closes the vote at the instant of the ballot that decided it:
 * that ballot counts, and nothing after it does.
 */
export function inWindow(frame: VoteFrame, at: string): boolean {
  const t = Date.parse(at);
  if (t < Date.parse(frame.openedAt) || t >= Date.parse(frame.closesAt)) return false;
  return frame.closedAt === null || t <= Date.parse(frame.closedAt);
}

/** Each electorate member's latest ballot within the window (organisations outside the electorate ignored). */
export function standingBallots(frame: VoteFrame, ballots: readonly Ballot[]): Map<string, Ballot> {
  const electorate = new Set(frame.electorate);
  const latest = new Map<string, Ballot>();
  for (const b of ballots) {
    if (!electorate.has(b.organisationId) || !inWindow(frame, b.at)) continue;
    const current = latest.get(b.organisationId);
    if (!current || Date.parse(b.at) > Date.parse(current.at) || (b.at === current.at && b.seq > current.seq)) latest.set(b.organisationId, b);
  }
  return latest;
}

export function tally(frame: VoteFrame, ballots: readonly Ballot[]): Tally {
  const electorate = new Set(frame.electorate).size;
  const counts = { yes: 0, no: 0, abstain: 0 };
  for (const b of standingBallots(frame, ballots).values()) counts[b.choice] += 1;
  return { electorate, ...counts, notVoted: electorate - counts.yes - counts.no - counts.abstain };
}

function thresholdMet(rule: VoteRule, t: Tally): boolean {
  switch (rule.threshold) {
    case 'majority-of-members':
      return 2 * t.yes > t.electorate;
    case 'two-thirds-of-members':
      return 3 * t.yes >= 2 * t.electorate && t.yes > 0;
    case 'majority-of-votes-cast':
      return t.yes > t.no;
  }
}

export function quorumMet(rule: VoteRule, t: Tally): boolean {
  return t.yes + t.no + t.abstain >= quorumCount(rule, t.electorate);
}

/** The outcome of a tally under a rule, as decided at close. */
export function decide(rule: VoteRule, t: Tally): Outcome {
  return quorumMet(rule, t) && thresholdMet(rule, t) ? 'approved' : 'refused';
}

/**
 * The outcome if it is already certain: the same for every way the members yet to vote could still vote (or
 * not), with ballots cast so far counted as they stand. Approval is certain when it survives both the members
 * yet to vote all voting no (the hardest case for the threshold) and none of them voting (the hardest for the
 * quorum); refusal is certain when even all of them voting yes would not approve. Both follow because more
 * yes ballots never hurt, and a no or an abstention only ever helps the quorum.
 */
export function certainOutcome(rule: VoteRule, t: Tally): Outcome | null {
  const allNo: Tally = { ...t, no: t.no + t.notVoted, notVoted: 0 };
  const allYes: Tally = { ...t, yes: t.yes + t.notVoted, notVoted: 0 };
  if (decide(rule, t) === 'approved' && decide(rule, allNo) === 'approved') return 'approved';
  if (decide(rule, allYes) === 'refused') return 'refused';
  return null;
}
