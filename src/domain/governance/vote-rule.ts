// The rule a vote is decided by. It is fixed when the vote opens and stored with it, so nothing that happens
// during the vote (a member admitted, a setting changed, a new release of this software) changes how it is
// counted. Seed 000: admissions are "approved by a majority of the existing members", which is the default
// for every proposal; a proposal may state another rule, except an admission, whose rule seed 000 sets.

export const THRESHOLDS = ['majority-of-members', 'two-thirds-of-members', 'majority-of-votes-cast'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export interface VoteRule {
  /**
   * majority-of-members: more than half of the electorate votes yes (abstaining and not voting count
   * against); two-thirds-of-members: at least two thirds of the electorate votes yes; majority-of-votes-cast:
   * more yes than no among the ballots cast, abstentions counting only towards the quorum.
   */
  threshold: Threshold;
  /** Share of the electorate (0-100 %) that must cast a ballot (yes, no or abstain) for any decision. */
  quorumPercent: number;
  /** Tallies and other members' ballots stay hidden until the vote closes (each member sees its own). */
  hideResultsUntilClose: boolean;
  /**
   * Close as soon as the outcome can no longer change whatever the members yet to vote do: approved when
   * enough yes ballots are in, refused when approval is out of reach. Ballots already cast count as cast.
   */
  decideEarly: boolean;
}

/** What a proposal may state about its rule; anything left out takes the default. */
export type RequestedRule = Partial<VoteRule>;

export const DEFAULT_RULE: VoteRule = {
  threshold: 'majority-of-members',
  quorumPercent: 0,
  hideResultsUntilClose: false,
  decideEarly: true,
};

/** The members needed for the quorum: the smallest whole number of ballots reaching the share. */
export function quorumCount(rule: VoteRule, electorate: number): number {
  return Math.ceil((electorate * rule.quorumPercent) / 100);
}

export type RuleProblem = { field: keyof VoteRule; message: string };

/**
 * The rule a proposal of this kind votes by, from what it states. Admissions keep seed 000's majority of the
 * existing members; they may still hide results until close or keep the vote open to its closing time.
 */
export function resolveRule(fixedThreshold: Threshold | null, requested: RequestedRule = {}): { rule: VoteRule; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const rule: VoteRule = { ...DEFAULT_RULE, ...Object.fromEntries(Object.entries(requested).filter(([, v]) => v !== undefined)) };
  if (fixedThreshold !== null && requested.threshold !== undefined && requested.threshold !== fixedThreshold) {
    problems.push({ field: 'threshold', message: `this kind of proposal is decided by ${fixedThreshold} (seed 000); it cannot state another threshold` });
  }
  if (fixedThreshold !== null) rule.threshold = fixedThreshold;
  if (fixedThreshold !== null && (requested.quorumPercent ?? 0) !== 0) {
    problems.push({ field: 'quorumPercent', message: 'an admission needs a majority of all members, which already implies more than half of them voting' });
  }
  if (!Number.isInteger(rule.quorumPercent) || rule.quorumPercent < 0 || rule.quorumPercent > 100) {
    problems.push({ field: 'quorumPercent', message: 'the quorum is a whole percentage from 0 to 100' });
  }
  return { rule, problems };
}
