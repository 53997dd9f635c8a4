import { describe, expect, it } from 'vitest';
import { applyStep, CASE_STATES, CASE_STEPS, stepsFrom, type CaseState, type CaseStep } from './case-state.js';

const scored = { scored: true, publicationDue: false };

// Every allowed transition, written out; anything not listed must be refused.
const ALLOWED: [CaseState, CaseStep, CaseState][] = [
  ['received', 'acknowledge', 'acknowledged'],
  ['received', 'close-not-reproducible', 'not-reproducible'],
  ['received', 'close-duplicate', 'duplicate'],
  ['acknowledged', 'triage', 'triaged'],
  ['acknowledged', 'close-not-reproducible', 'not-reproducible'],
  ['acknowledged', 'close-duplicate', 'duplicate'],
  ['triaged', 'triage', 'triaged'],
  ['triaged', 'start-fix', 'fix-in-progress'],
  ['triaged', 'mark-fixed', 'fixed'],
  ['triaged', 'close-not-reproducible', 'not-reproducible'],
  ['triaged', 'close-duplicate', 'duplicate'],
  ['fix-in-progress', 'triage', 'fix-in-progress'],
  ['fix-in-progress', 'mark-fixed', 'fixed'],
  ['fix-in-progress', 'close-duplicate', 'duplicate'],
  ['fixed', 'triage', 'fixed'],
  ['fixed', 'publish', 'published'],
  ['not-reproducible', 'reopen', 'acknowledged'],
  ['duplicate', 'reopen', 'acknowledged'],
];

describe('case state machine', () => {
  const table = CASE_STATES.flatMap((state) => CASE_STEPS.map((step) => [state, step] as const));

  it.each(table)('%s + %s', (state, step) => {
    const expected = ALLOWED.find(([s, st]) => s === state && st === step);
    const result = applyStep(state, step, scored);
    if (expected) expect(result).toEqual({ ok: true, state: expected[2] });
    else expect(result.ok).toBe(false);
  });

  it('a published case takes no step at all', () => {
    expect(stepsFrom('published', { scored: true, publicationDue: true })).toEqual([]);
  });

  it('publishes an unfixed case only once the coordinated publication date has passed', () => {
    expect(applyStep('triaged', 'publish', scored).ok).toBe(false);
    expect(applyStep('fix-in-progress', 'publish', { scored: true, publicationDue: true })).toEqual({ ok: true, state: 'published' });
    expect(applyStep('acknowledged', 'publish', { scored: true, publicationDue: true }).ok).toBe(false);
  });

  it('needs a score before a fix or a publication', () => {
    const unscored = { scored: false, publicationDue: true };
    for (const step of ['start-fix', 'mark-fixed', 'publish'] as const) {
      const result = applyStep('triaged', step, unscored);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain('CVSS');
    }
  });

  it('says what is possible when it refuses', () => {
    const result = applyStep('received', 'publish', scored);
    expect(!result.ok && result.reason).toContain('Possible now: acknowledge, close-not-reproducible, close-duplicate');
  });
});
