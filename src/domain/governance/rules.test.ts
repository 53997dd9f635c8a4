// The pure governance rules, case by case: refusals with reasons, rules fixed by kind, visibility, the
// advisor limit, statement revisions, baseline versions and the charter.
import { describe, expect, it } from 'vitest';
import { checkBallot, type BallotAttempt } from './ballot-rules.js';
import { decide, certainOutcome } from './tally.js';
import { DEFAULT_RULE, resolveRule } from './vote-rule.js';
import { allowedVisibilities, checkVotingPeriod, electorateFor, fixedThreshold, phase, reminderDue } from './proposals.js';
import { canSee, PUBLIC_VIEWER, type Viewer } from './visibility.js';
import { checkNomination, type NominationFacts } from './expert-advisors.js';
import { checkApplication, criterionEvidence, foundingOpen } from './membership.js';
import { reviseParagraphs } from './statements.js';
import { baselineWrites, checkChangeList, nextBaselineVersion } from './baseline-changes.js';
import { checkTerm, termInForce } from './charter.js';

const open: BallotAttempt = {
  status: 'open',
  openedAt: '2026-11-01T00:00:00.000Z',
  closesAt: '2026-11-15T00:00:00.000Z',
  electorate: ['a', 'b', 'c'],
  organisationId: 'a',
  representative: true,
  standing: null,
  choice: 'yes',
  now: new Date('2026-11-02T00:00:00.000Z'),
};

describe('ballots', () => {
  it('accepts a first ballot and a changed one', () => {
    expect(checkBallot(open)).toBeNull();
    expect(checkBallot({ ...open, standing: 'no' })).toBeNull();
  });
  it('refuses late, duplicate, unauthorised and premature ballots, saying why', () => {
    expect(checkBallot({ ...open, now: new Date(open.closesAt!) })?.code).toBe('vote_closed');
    expect(checkBallot({ ...open, status: 'approved' })?.code).toBe('vote_closed');
    expect(checkBallot({ ...open, standing: 'yes' })).toMatchObject({ code: 'duplicate_vote', message: expect.stringContaining('already voted yes') });
    expect(checkBallot({ ...open, organisationId: 'z' })).toMatchObject({ code: 'not_in_electorate', message: expect.stringContaining('when the vote opened') });
    expect(checkBallot({ ...open, representative: false })?.code).toBe('not_a_representative');
    expect(checkBallot({ ...open, status: 'discussion', openedAt: null })?.code).toBe('vote_not_open');
  });
});

describe('rules', () => {
  it('majority of members: more than half of the whole electorate, so abstaining counts against', () => {
    const t = { electorate: 5, yes: 2, no: 0, abstain: 3, notVoted: 0 };
    expect(decide(DEFAULT_RULE, t)).toBe('refused');
    expect(decide(DEFAULT_RULE, { ...t, yes: 3, abstain: 2 })).toBe('approved');
    expect(decide(DEFAULT_RULE, { electorate: 4, yes: 2, no: 2, abstain: 0, notVoted: 0 })).toBe('refused');
  });
  it('majority of votes cast with a quorum', () => {
    const rule = { ...DEFAULT_RULE, threshold: 'majority-of-votes-cast' as const, quorumPercent: 50 };
    expect(decide(rule, { electorate: 10, yes: 3, no: 1, abstain: 0, notVoted: 6 })).toBe('refused');
    expect(decide(rule, { electorate: 10, yes: 3, no: 1, abstain: 1, notVoted: 5 })).toBe('approved');
  });
  it('decides early when a majority is reached or no longer reachable', () => {
    expect(certainOutcome(DEFAULT_RULE, { electorate: 5, yes: 3, no: 0, abstain: 0, notVoted: 2 })).toBe('approved');
    expect(certainOutcome(DEFAULT_RULE, { electorate: 5, yes: 0, no: 3, abstain: 0, notVoted: 2 })).toBe('refused');
    expect(certainOutcome(DEFAULT_RULE, { electorate: 5, yes: 2, no: 2, abstain: 0, notVoted: 1 })).toBeNull();
  });
  it('admissions keep the majority of the existing members; other proposals may state their rule', () => {
    expect(fixedThreshold('admit-member')).toBe('majority-of-members');
    expect(resolveRule('majority-of-members', { threshold: 'majority-of-votes-cast' }).problems[0]?.field).toBe('threshold');
    expect(resolveRule('majority-of-members', { hideResultsUntilClose: true, decideEarly: false })).toEqual({
      rule: { ...DEFAULT_RULE, hideResultsUntilClose: true, decideEarly: false },
      problems: [],
    });
    expect(resolveRule(null, { threshold: 'two-thirds-of-members', quorumPercent: 60 }).rule.threshold).toBe('two-thirds-of-members');
    expect(resolveRule(null, { quorumPercent: 101 }).problems).toHaveLength(1);
  });
  it('voting periods, phases and reminders', () => {
    const now = new Date('2026-11-01T00:00:00.000Z');
    expect(checkVotingPeriod(now, new Date('2026-11-01T00:30:00.000Z'))).toContain('one hour');
    expect(checkVotingPeriod(now, new Date('2027-06-01T00:00:00.000Z'))).toContain('90 days');
    expect(checkVotingPeriod(now, new Date('2026-11-08T00:00:00.000Z'))).toBeNull();
    expect(phase('open', '2026-11-01T00:00:00.000Z', now)).toBe('counting');
    const p = { status: 'open' as const, openedAt: '2026-11-01T00:00:00.000Z', closesAt: '2026-11-08T00:00:00.000Z', reminderSentAt: null };
    expect(reminderDue(p, new Date('2026-11-06T23:59:59.000Z'))).toBe(false);
    expect(reminderDue(p, new Date('2026-11-07T00:00:00.000Z'))).toBe(true);
    expect(reminderDue({ ...p, reminderSentAt: '2026-11-07T00:00:00.000Z' }, new Date('2026-11-07T01:00:00.000Z'))).toBe(false);
  });
});

describe('visibility and electorates', () => {
  const viewer = (v: Partial<Viewer>): Viewer => ({ ...PUBLIC_VIEWER, userId: 'u', ...v });
  it('governments-only content is for government members only', () => {
    expect(canSee(viewer({ member: true, organisationType: 'government-agency' }), 'governments-only')).toBe(true);
    expect(canSee(viewer({ member: true, organisationType: 'international-organisation-or-ngo' }), 'governments-only')).toBe(false);
    expect(canSee(viewer({ advisor: true }), 'governments-only')).toBe(false);
    expect(canSee(viewer({ organisationType: 'manufacturer', administrator: true }), 'members-and-advisors')).toBe(false);
    expect(canSee(PUBLIC_VIEWER, 'public')).toBe(true);
  });
  it('a governments-only vote has the government members as electorate; Platform decisions cannot be governments-only', () => {
    const members = [
      { organisationId: 'ngo', organisationType: 'international-organisation-or-ngo' },
      { organisationId: 'gov', organisationType: 'government-agency' },
    ];
    expect(electorateFor('governments-only', members)).toEqual(['gov']);
    expect(electorateFor('members-and-advisors', members)).toEqual(['gov', 'ngo']);
    expect(allowedVisibilities('admit-member')).not.toContain('governments-only');
    expect(allowedVisibilities('adopt-statement')).toContain('governments-only');
  });
});

describe('membership and the Expert Advisors Group', () => {
  it('applications come from government agencies and international organisations, once', () => {
    const ok = { organisationType: 'government-agency', alreadyMember: false, pendingApplication: false, memberCount: 3 };
    expect(checkApplication(ok)).toBeNull();
    expect(checkApplication({ ...ok, organisationType: 'manufacturer' })?.code).toBe('not_eligible');
    expect(checkApplication({ ...ok, pendingApplication: true })?.code).toBe('already_exists');
    expect(checkApplication({ ...ok, memberCount: 0 })?.message).toContain('administrator');
    expect(foundingOpen(0)).toBe(true);
    expect(foundingOpen(1)).toBe(false);
  });
  it('weighs the linked framework against the criterion without deciding', () => {
    expect(criterionEvidence('developed-framework', { stage: 'developed', multistakeholder: null }).consistent).toBe(true);
    expect(criterionEvidence('developed-framework', { stage: 'in-development', multistakeholder: true }).consistent).toBe(false);
    expect(criterionEvidence('developing-framework-multistakeholder', { stage: 'in-development', multistakeholder: false }).consistent).toBe(false);
    expect(criterionEvidence('developing-framework-multistakeholder', null).consistent).toBeNull();
  });
  it('one advisor per participating member country until the Platform lifts the rule', () => {
    const n: NominationFacts = {
      criterion: 'expertise',
      country: 'FR',
      designatingOrganisationType: null,
      nomineeIsAdvisor: false,
      nomineePending: false,
      onePerCountry: true,
      memberCountries: ['FR', 'GB'],
      takenCountries: ['GB'],
    };
    expect(checkNomination(n)).toBeNull();
    expect(checkNomination({ ...n, country: 'GB' })?.code).toBe('advisor_limit');
    expect(checkNomination({ ...n, country: 'JP' })?.code).toBe('advisor_limit');
    expect(checkNomination({ ...n, country: 'GB', onePerCountry: false })).toBeNull();
    expect(checkNomination({ ...n, criterion: 'trade-designated', designatingOrganisationType: 'manufacturer' })?.code).toBe('not_eligible');
    expect(checkNomination({ ...n, criterion: 'trade-designated', designatingOrganisationType: 'trade-association' })).toBeNull();
  });
});

describe('statements', () => {
  it('keeps paragraph ids across versions and never reuses one', () => {
    const v1 = reviseParagraphs(null, [], [{ text: 'One.' }, { text: 'Two.' }]);
    expect(v1.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2']);
    const v2 = reviseParagraphs(v1.paragraphs, ['p1', 'p2'], [{ id: 'p2', text: 'Two, revised.' }, { text: 'Three.' }]);
    expect(v2.paragraphs).toEqual([{ id: 'p2', text: 'Two, revised.' }, { id: 'p3', text: 'Three.' }]);
    const v3 = reviseParagraphs(v2.paragraphs, ['p1', 'p2', 'p3'], [{ text: 'New.' }]);
    expect(v3.paragraphs[0]!.id).toBe('p4');
    expect(reviseParagraphs(v2.paragraphs, [], [{ id: 'p1', text: 'x' }]).problems[0]).toContain('does not have');
    expect(reviseParagraphs(null, [], [{ text: '  ' }]).problems[0]).toContain('empty');
  });
});

describe('the baseline and the charter', () => {
  it('numbers baseline versions by what changed', () => {
    expect(nextBaselineVersion('1.0.0', [{ op: 'change-mapping', mappingId: 'x', patch: { strength: 5 } }])).toBe('1.0.1');
    expect(nextBaselineVersion('1.0.1', [{ op: 'add-item', item: { id: 'B-NEW-1' } }])).toBe('1.1.0');
    expect(nextBaselineVersion('1.1.0', [{ op: 'remove-item', itemId: 'B-AUTH-1' }])).toBe('2.0.0');
    expect(checkChangeList([])).toHaveLength(1);
    expect(checkChangeList([{ op: 'remove-item', itemId: 'A' }, { op: 'change-item', item: { id: 'A' } }])[0]).toContain('again');
  });
  it('finds the writes that touch the published baseline', () => {
    const writes = [
      { entity: 'requirement', key: 'platform-baseline:B-AUTH-1', frameworkId: 'platform-baseline' },
      { entity: 'mapping', key: 'etsi-en-303-645:5.1-1->platform-baseline:B-AUTH-1', frameworkId: 'etsi-en-303-645' },
    ];
    expect(baselineWrites(writes).map((w) => w.key)).toEqual(['platform-baseline:B-AUTH-1']);
  });
  it('charter terms', () => {
    const t = { startsOn: '2019-01-01', endsOn: '2019-12-31', goals: ['Harmonise'], deliverables: [] };
    expect(checkTerm(t)).toEqual([]);
    expect(checkTerm({ ...t, endsOn: '2018-12-31' })).toHaveLength(1);
    expect(termInForce([t], '2019-06-01')).toBe(t);
    expect(termInForce([t], '2020-01-01')).toBeNull();
  });
});
