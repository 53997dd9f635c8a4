import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS, type Relationship } from '../crosswalk/relationship.js';
import { assessDeclaration, type FrameworkAssessment } from './assess.js';
import { B, condition, declaration, planOf } from './assessment-fixture.test-support.js';
import { STATUSES, type AnswerStatus, type Status } from './status.js';

function only(result: { frameworks: FrameworkAssessment[] }, frameworkId = 'x'): FrameworkAssessment {
  return result.frameworks.find((f) => f.framework === frameworkId)!;
}

function statusOf(fw: FrameworkAssessment, id: string): Status {
  return fw.requirements!.find((r) => r.id === id)!.status;
}

describe('one baseline answer through one mapping', () => {
  // [relationship][answer] -> [status, open]; open requirements go to the follow-up unless answering the
  // (unanswered) item itself could settle them.
  const expected: Record<Relationship, Record<AnswerStatus, [Status, boolean]>> = {
    equivalent: { met: ['met', false], 'partly-met': ['partly-met', false], 'not-met': ['not-met', false], 'not-applicable': ['not-applicable', false], unknown: ['unknown', true] },
    'subset-of': { met: ['met', false], 'partly-met': ['unknown', true], 'not-met': ['not-met', false], 'not-applicable': ['not-applicable', false], unknown: ['unknown', true] },
    'superset-of': { met: ['partly-met', true], 'partly-met': ['partly-met', false], 'not-met': ['not-met', false], 'not-applicable': ['unknown', true], unknown: ['unknown', true] },
    'intersects-with': { met: ['partly-met', true], 'partly-met': ['unknown', true], 'not-met': ['not-met', false], 'not-applicable': ['unknown', true], unknown: ['unknown', true] },
    'no-relationship': { met: ['unknown', true], 'partly-met': ['unknown', true], 'not-met': ['unknown', true], 'not-applicable': ['unknown', true], unknown: ['unknown', true] },
  };
  for (const relationship of RELATIONSHIPS) {
    for (const answer of STATUSES) {
      const [status, open] = expected[relationship][answer];
      it(`x:1 ${relationship} B-1 answered ${answer} gives ${status}${open ? ', open' : ''}`, () => {
        const plan = planOf([['x:1', relationship, B('B-1')]]);
        const fw = only(assessDeclaration(plan, declaration({ 'B-1': answer })));
        expect(statusOf(fw, '1')).toBe(status);
        expect(fw.requirements![0]!.settled).toBe(!open);
        const answerTheItem = answer === 'unknown' && (relationship === 'equivalent' || relationship === 'subset-of');
        expect(fw.followUp).toEqual(open && !answerTheItem ? ['1'] : []);
        const verdict = status === 'met' || status === 'not-applicable' ? 'conforms' : open ? 'incomplete' : 'does-not-conform';
        expect(fw.verdict).toBe(verdict);
      });
    }
  }

  it('reads a mapping stated from the baseline side as its inverse', () => {
    // "B-1 superset-of x:1" is "x:1 subset-of B-1": a met item carries over.
    const plan = planOf([[B('B-1'), 'superset-of', 'x:1']]);
    expect(statusOf(only(assessDeclaration(plan, declaration({ 'B-1': 'met' }))), '1')).toBe('met');
  });

  it('explains each feed and says what to do', () => {
    const plan = planOf([['x:1', 'superset-of', B('B-1')]]);
    const req = only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }))).requirements![0]!;
    expect(req.reasons).toEqual([
      expect.objectContaining({ kind: 'baseline', item: 'B-1', answer: 'not-met', relationship: 'superset-of', gives: 'not-met', rationale: 'why x:1 superset-of platform-baseline:B-1' }),
    ]);
    expect(req.action).toBe('Meet B-1 (Title of B-1), then update the declaration.');
    const open = only(assessDeclaration(plan, declaration({ 'B-1': 'met' }))).requirements![0]!;
    expect(open.action).toBe('The baseline answers cover only part of it: answer the follow-up question for the rest.');
  });
});

describe('several baseline items feeding one requirement', () => {
  const rows = (a: Relationship, b: Relationship) => planOf([['x:1', a, B('B-1')], ['x:1', b, B('B-2')]]);

  it('intersects the bounds: part done and part missing is partly met, settled', () => {
    const fw = only(assessDeclaration(rows('superset-of', 'intersects-with'), declaration({ 'B-1': 'met', 'B-2': 'not-met' })));
    expect(statusOf(fw, '1')).toBe('partly-met');
    expect(fw.verdict).toBe('does-not-conform');
  });

  it('two partial items met leave it open, at least partly met', () => {
    const fw = only(assessDeclaration(rows('superset-of', 'intersects-with'), declaration({ 'B-1': 'met', 'B-2': 'met' })));
    expect(statusOf(fw, '1')).toBe('partly-met');
    expect(fw.followUp).toEqual(['1']);
    expect(fw.verdict).toBe('incomplete');
  });

  it('the most restrictive result wins when answers conflict, and says so', () => {
    const fw = only(assessDeclaration(rows('equivalent', 'subset-of'), declaration({ 'B-1': 'met', 'B-2': 'not-met' })));
    const req = fw.requirements![0]!;
    expect(req.status).toBe('not-met');
    expect(req.reasons.map((r) => r.kind)).toEqual(['baseline', 'baseline', 'conflict']);
    expect(req.action).toMatch(/contradict/);
  });

  it('a met item covering it settles it even when a partial one is unanswered', () => {
    const fw = only(assessDeclaration(rows('subset-of', 'intersects-with'), declaration({ 'B-1': 'met' })));
    expect(statusOf(fw, '1')).toBe('met');
  });

  it('a bound from one item beats a not-applicable from another, noting the conflict', () => {
    const req = only(assessDeclaration(rows('equivalent', 'subset-of'), declaration({ 'B-1': 'met', 'B-2': 'not-applicable' }))).requirements![0]!;
    expect(req.status).toBe('met');
    expect(req.reasons.at(-1)).toMatchObject({ kind: 'conflict' });
  });
});

describe('conditional requirements', () => {
  const conditions = { x: [condition('1', 'uses-passwords', false, 'passwords are used'), condition('2', 'is-constrained-device', true, 'the device is not constrained'), condition('3', null)] };
  const plan = planOf([['x:pw', 'equivalent', B('B-1')], ['x:both', 'equivalent', B('B-1')], ['x:free', 'equivalent', B('B-1')]], {
    conditions,
    requirements: [
      { key: 'x:pw', level: 'conditional-mandatory', conditions: ['1'] },
      { key: 'x:both', level: 'conditional-mandatory', conditions: ['1', '2'] },
      { key: 'x:free', level: 'conditional-mandatory', conditions: ['3'] },
    ],
  });

  it('a false condition makes it not applicable, saying why, whatever the answers', () => {
    const fw = only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }, { facts: { 'uses-passwords': false } })));
    const pw = fw.requirements!.find((r) => r.id === 'pw')!;
    expect(pw).toMatchObject({ status: 'not-applicable', applies: 'no', action: null });
    expect(pw.reasons).toEqual([expect.objectContaining({ kind: 'condition', fact: 'uses-passwords', factValue: false, holds: false, text: 'Does not apply: it is not the case that passwords are used (uses-passwords: no).' })]);
  });

  it('all conditions must hold; a negated one holds when its fact is false', () => {
    const facts = { 'uses-passwords': true, 'is-constrained-device': false };
    expect(statusOf(only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }, { facts }))), 'both')).toBe('not-met');
    expect(statusOf(only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }, { facts: { ...facts, 'is-constrained-device': true } }))), 'both')).toBe('not-applicable');
  });

  it('an unstated fact leaves only met standing, and asks for the fact', () => {
    const met = only(assessDeclaration(plan, declaration({ 'B-1': 'met' })));
    expect(statusOf(met, 'pw')).toBe('met');
    const notMet = only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' })));
    const pw = notMet.requirements!.find((r) => r.id === 'pw')!;
    expect(pw).toMatchObject({ status: 'unknown', applies: 'unknown', settled: false, followUp: false });
    expect(pw.action).toBe('State the product fact uses-passwords in the declaration.');
  });

  it('a condition no fact decides is settled by a follow-up answer', () => {
    const na = only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }, { facts: { 'uses-passwords': true, 'is-constrained-device': false }, followUp: { x: { free: 'not-applicable' } } })));
    expect(statusOf(na, 'free')).toBe('not-applicable');
    expect(na.verdict).toBe('does-not-conform');
    const answered = only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }, { followUp: { x: { free: 'not-met' } } })));
    expect(answered.requirements!.find((r) => r.id === 'free')).toMatchObject({ status: 'not-met', applies: 'yes' });
  });
});

describe('nested requirements', () => {
  const plan = planOf(
    [
      ['x:P', 'intersects-with', B('B-1')],
      ['x:P(1)', 'subset-of', B('B-1')],
      ['x:P(2)', 'intersects-with', B('B-2')],
      ['x:P(3)', 'no-relationship', B('B-1')],
    ],
    {
      conditions: { x: [condition('1', 'has-preinstalled-passwords')] },
      requirements: [
        { key: 'x:P' },
        { key: 'x:P(1)', parentId: 'P' },
        { key: 'x:P(2)', parentId: 'P', level: 'conditional-mandatory', conditions: ['1'] },
        { key: 'x:P(3)', parentId: 'P', level: 'informative' },
      ],
    },
  );

  it('children decide the parent when they are settled; informative children do not count', () => {
    const fw = only(assessDeclaration(plan, declaration({ 'B-1': 'met' }, { facts: { 'has-preinstalled-passwords': false } })));
    expect(fw.requirements!.map((r) => [r.id, r.status])).toEqual([['P', 'met'], ['P(1)', 'met'], ['P(2)', 'not-applicable'], ['P(3)', 'unknown']]);
    expect(fw.verdict).toBe('conforms');
  });

  it('an open child keeps the parent open, and only the child is asked', () => {
    const fw = only(assessDeclaration(plan, declaration({ 'B-1': 'met', 'B-2': 'met' }, { facts: { 'has-preinstalled-passwords': true } })));
    expect(statusOf(fw, 'P')).toBe('partly-met');
    expect(fw.followUp).toEqual(['P(2)']);
    const answered = only(assessDeclaration(plan, declaration({ 'B-1': 'met', 'B-2': 'met' }, { facts: { 'has-preinstalled-passwords': true }, followUp: { x: { 'P(2)': 'met' } } })));
    expect(answered.verdict).toBe('conforms');
  });

  it('a child not met fails the parent', () => {
    const fw = only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }, { facts: { 'has-preinstalled-passwords': false } })));
    expect(statusOf(fw, 'P')).toBe('not-met');
    expect(fw.verdict).toBe('does-not-conform');
  });
});

describe('follow-up answers', () => {
  it('answer requirements the baseline does not reach, for that framework only', () => {
    const plan = planOf([['x:1', 'no-relationship', B('B-1')], ['y:1', 'no-relationship', B('B-1')]]);
    const result = assessDeclaration(plan, declaration({}, { followUp: { x: { '1': 'met' } } }));
    expect(statusOf(only(result, 'x'), '1')).toBe('met');
    expect(statusOf(only(result, 'y'), '1')).toBe('unknown');
    expect(only(result, 'y').followUp).toEqual(['1']);
  });

  it('settle what the baseline covers only in part', () => {
    const plan = planOf([['x:1', 'superset-of', B('B-1')]]);
    expect(statusOf(only(assessDeclaration(plan, declaration({ 'B-1': 'met' }, { followUp: { x: { '1': 'met' } } }))), '1')).toBe('met');
  });

  it('cannot overrule a baseline answer that fails it', () => {
    const plan = planOf([['x:1', 'superset-of', B('B-1')]]);
    const req = only(assessDeclaration(plan, declaration({ 'B-1': 'not-met' }, { followUp: { x: { '1': 'met' } } }))).requirements![0]!;
    expect(req.status).toBe('not-met');
    expect(req.reasons.map((r) => r.kind)).toEqual(['baseline', 'follow-up', 'conflict']);
  });

  it('warns about answers that name nothing known', () => {
    const plan = planOf([['x:1', 'equivalent', B('B-1')]]);
    const result = assessDeclaration(plan, declaration({ 'B-9': 'met' }, { followUp: { x: { '7': 'met' }, z: { '1': 'met' } } }));
    expect(result.warnings).toHaveLength(3);
  });
});

describe('verdicts and counts', () => {
  const plan = planOf(
    [['x:m', 'equivalent', B('B-1')], ['x:r', 'equivalent', B('B-2')], ['g:r', 'equivalent', B('B-2')], ['s:i', 'equivalent', B('B-1')]],
    { requirements: [{ key: 'x:r', level: 'recommended' }, { key: 'g:r', level: 'recommended' }, { key: 's:i', level: 'informative' }] },
  );

  it('recommended requirements do not decide where mandatory ones exist, and decide guidance that has none', () => {
    const result = assessDeclaration(plan, declaration({ 'B-1': 'met', 'B-2': 'not-met' }));
    expect(only(result, 'x')).toMatchObject({ verdict: 'conforms', decidingLevels: ['mandatory', 'conditional-mandatory'] });
    expect(only(result, 'g')).toMatchObject({ verdict: 'does-not-conform', decidingLevels: ['recommended', 'conditional-recommended'] });
  });

  it('counts by level and leaves out the baseline and informative-only frameworks', () => {
    const result = assessDeclaration(plan, declaration({ 'B-1': 'met', 'B-2': 'not-met' }));
    expect(result.frameworks.map((f) => f.framework)).toEqual(['x', 'g']);
    expect(plan.skipped.map((s) => s.frameworkId).sort()).toEqual(['platform-baseline', 's']);
    expect(only(result, 'x').counts).toEqual({
      mandatory: { total: 1, applicable: 1, met: 1, 'partly-met': 0, 'not-met': 0, 'not-applicable': 0, unknown: 0 },
      recommended: { total: 1, applicable: 1, met: 0, 'partly-met': 0, 'not-met': 1, 'not-applicable': 0, unknown: 0 },
    });
  });

  it('refuses a framework it cannot assess', () => {
    expect(() => assessDeclaration(plan, declaration({}), { frameworks: ['s'] })).toThrow(/every entry is informative/);
    expect(() => assessDeclaration(plan, declaration({}), { frameworks: ['nope'] })).toThrow(/No framework "nope"/);
  });

  it('summary detail gives the same verdicts without requirements', () => {
    const full = assessDeclaration(plan, declaration({ 'B-1': 'met' }));
    const summary = assessDeclaration(plan, declaration({ 'B-1': 'met' }), { detail: 'summary' });
    expect(summary.frameworks.map((f) => f.requirements)).toEqual([undefined, undefined]);
    expect(summary.frameworks.map((f) => [f.verdict, f.counts, f.followUp])).toEqual(full.frameworks.map((f) => [f.verdict, f.counts, f.followUp]));
  });
});
