// Property-based tests of the vote rules: for any sequence of ballots, changed ballots, late ballots,
// outsiders' ballots and membership changes during the vote, the outcome equals a direct count of each
// electorate member's last accepted ballot; no organisation is counted twice; nothing is counted after the
// vote closes; and an early decision is one no completion of the outstanding ballots could overturn.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBallot } from './ballot-rules.js';
import { certainOutcome, CHOICES, decide, standingBallots, tally, type Ballot, type Choice, type Tally, type VoteFrame } from './tally.js';
import { THRESHOLDS, type VoteRule } from './vote-rule.js';

const ORGS = ['o0', 'o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7'];
const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();

const ruleArb: fc.Arbitrary<VoteRule> = fc.record({
  threshold: fc.constantFrom(...THRESHOLDS),
  quorumPercent: fc.constantFrom(0, 25, 50, 75, 100),
  hideResultsUntilClose: fc.boolean(),
  decideEarly: fc.boolean(),
});

type Op =
  | { kind: 'ballot'; org: string; choice: Choice; minute: number }
  | { kind: 'admit'; org: string; minute: number }
  | { kind: 'leave'; org: string; minute: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('ballot' as const), org: fc.constantFrom(...ORGS), choice: fc.constantFrom(...CHOICES), minute: fc.integer({ min: -10, max: 130 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('admit' as const), org: fc.constantFrom(...ORGS), minute: fc.integer({ min: -10, max: 130 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), org: fc.constantFrom(...ORGS), minute: fc.integer({ min: -10, max: 130 }) }) },
);

const scenarioArb = fc.record({
  initialMembers: fc.subarray(ORGS, { minLength: 1, maxLength: 6 }),
  rule: ruleArb,
  ops: fc.array(opArb, { maxLength: 40 }),
});

interface Simulation {
  frame: VoteFrame;
  accepted: Ballot[];
  attempted: Ballot[];
  decidedEarly: boolean;
}

/** Runs the ballots through the acceptance rules in time order, as the cast-vote command does. */
function simulate(s: { initialMembers: string[]; rule: VoteRule; ops: Op[] }): Simulation {
  // The electorate is fixed at opening (minute 0); admissions and departures afterwards change membership only.
  const members = new Set(s.initialMembers);
  const frame: VoteFrame = { electorate: [...members].sort(), openedAt: at(0), closesAt: at(100), closedAt: null, rule: s.rule };
  const ops = [...s.ops].sort((a, b) => a.minute - b.minute);
  const accepted: Ballot[] = [];
  const attempted: Ballot[] = [];
  let status = 'open';
  let seq = 0;
  for (const op of ops) {
    if (op.kind === 'admit') members.add(op.org);
    if (op.kind === 'leave') members.delete(op.org);
    if (op.kind !== 'ballot' || op.minute < 0) continue;
    const ballot: Ballot = { organisationId: op.org, choice: op.choice, at: at(op.minute), userId: `u-${op.org}`, seq: ++seq };
    attempted.push(ballot);
    const standing = standingBallots(frame, accepted).get(op.org)?.choice ?? null;
    const refusal = checkBallot({
      status,
      openedAt: frame.openedAt,
      closesAt: frame.closesAt,
      electorate: frame.electorate,
      organisationId: op.org,
      representative: true,
      standing,
      choice: op.choice,
      now: new Date(ballot.at),
    });
    if (refusal) continue;
    accepted.push(ballot);
    if (s.rule.decideEarly && certainOutcome(s.rule, tally(frame, accepted)) !== null) {
      frame.closedAt = ballot.at;
      status = 'approved-or-refused';
    }
  }
  return { frame, accepted, attempted, decidedEarly: frame.closedAt !== null };
}

/** The direct count: each electorate member's last accepted ballot, by plain loops. */
function directCount(electorate: readonly string[], accepted: readonly Ballot[]): Tally {
  const last: Record<string, Choice> = {};
  for (const b of accepted) if (electorate.includes(b.organisationId)) last[b.organisationId] = b.choice;
  const t = { electorate: electorate.length, yes: 0, no: 0, abstain: 0, notVoted: 0 };
  for (const org of electorate) {
    const c = last[org];
    if (c === undefined) t.notVoted += 1;
    else t[c] += 1;
  }
  return t;
}

describe('vote counting (property-based)', () => {
  it('the tally of everything attempted equals a direct count of the accepted ballots', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const sim = simulate(s);
        const direct = directCount(sim.frame.electorate, sim.accepted);
        // Late, outsiders' and duplicate ballots in the list change nothing: the count itself ignores them.
        expect(tally(sim.frame, sim.attempted)).toEqual(direct);
        expect(tally(sim.frame, sim.accepted)).toEqual(direct);
        expect(decide(s.rule, tally(sim.frame, sim.attempted))).toBe(decide(s.rule, direct));
      }),
      { numRuns: 500 },
    );
  });

  it('never counts an organisation twice, nor one outside the electorate fixed at opening', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const sim = simulate(s);
        const standing = standingBallots(sim.frame, sim.attempted);
        const t = tally(sim.frame, sim.attempted);
        expect(t.yes + t.no + t.abstain + t.notVoted).toBe(sim.frame.electorate.length);
        expect(t.yes + t.no + t.abstain).toBe(standing.size);
        for (const org of standing.keys()) expect(sim.frame.electorate).toContain(org);
        // Organisations admitted after opening never vote in it.
        for (const b of sim.accepted) expect(s.initialMembers).toContain(b.organisationId);
      }),
      { numRuns: 500 },
    );
  });

  it('counts nothing at or after the close, whether at the closing time or an early decision', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const sim = simulate(s);
        const end = Date.parse(sim.frame.closedAt ?? sim.frame.closesAt);
        for (const b of sim.accepted) {
          expect(Date.parse(b.at)).toBeLessThan(Date.parse(sim.frame.closesAt));
          expect(Date.parse(b.at)).toBeLessThanOrEqual(end);
        }
        // Anything appended after the close, in any order, leaves the count as it was.
        const late: Ballot[] = sim.frame.electorate.map((org, i) => ({ organisationId: org, choice: 'yes', at: new Date(end + (sim.frame.closedAt ? 1 : 0) + i).toISOString(), userId: 'late', seq: 10_000 + i }));
        expect(tally(sim.frame, [...late, ...sim.attempted])).toEqual(tally(sim.frame, sim.attempted));
      }),
      { numRuns: 500 },
    );
  });

  it('decides early only when every completion of the outstanding ballots gives the same outcome', () => {
    const completions = (t: Tally): Tally[] => {
      const out: Tally[] = [];
      const k = t.notVoted;
      for (let yes = 0; yes <= k; yes++)
        for (let no = 0; no + yes <= k; no++)
          for (let abstain = 0; abstain + no + yes <= k; abstain++) out.push({ ...t, yes: t.yes + yes, no: t.no + no, abstain: t.abstain + abstain, notVoted: k - yes - no - abstain });
      return out;
    };
    fc.assert(
      fc.property(ruleArb, fc.integer({ min: 1, max: 9 }), fc.array(fc.constantFrom<Choice | null>(...CHOICES, null), { minLength: 9, maxLength: 9 }), (rule, size, choices) => {
        const cast = choices.slice(0, size);
        const t: Tally = { electorate: size, yes: 0, no: 0, abstain: 0, notVoted: 0 };
        for (const c of cast) (c === null ? t.notVoted++ : t[c]++);
        const certain = certainOutcome(rule, t);
        const outcomes = new Set(completions(t).map((c) => decide(rule, c)));
        if (certain !== null) expect([...outcomes]).toEqual([certain]);
        else expect(outcomes.size).toBe(2);
      }),
      { numRuns: 1000 },
    );
  });

  it('the outcome of an early decision is the outcome of the ballots counted', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const sim = simulate(s);
        if (!sim.decidedEarly) return;
        const t = tally(sim.frame, sim.attempted);
        expect(certainOutcome(s.rule, t)).toBe(decide(s.rule, t));
      }),
      { numRuns: 500 },
    );
  });
});
