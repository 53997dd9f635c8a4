// Properties of the derivation on random hub-shaped catalogs: the verdict agrees with the statuses, more done
// never makes anything worse, and a declaration that meets everything never fails a requirement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from '../crosswalk/relationship.js';
import type { MappingRow } from '../crosswalk/catalog-fixture.test-support.js';
import { assessDeclaration } from './assess.js';
import { B, declaration, planOf } from './assessment-fixture.test-support.js';
import { STATUSES, type AnswerStatus, type Status } from './status.js';

const ITEMS = ['B-1', 'B-2', 'B-3', 'B-4'];
const REQS = ['x:1', 'x:2', 'x:3', 'x:4', 'x:5'];

const rowsArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...REQS), fc.constantFrom(...ITEMS)), { minLength: 1, maxLength: 12, selector: ([r, i]) => `${r} ${i}` })
  .chain((pairs) => fc.tuple(...pairs.map(([r, i]) => fc.constantFrom(...RELATIONSHIPS).map((rel): MappingRow => [r, rel, B(i)]))));
const answersArb = fc.dictionary(fc.constantFrom(...ITEMS), fc.constantFrom(...STATUSES));

/** Degree order for the monotonicity property: what counts as "more done". */
const RANK: Record<Status, number> = { 'not-met': 0, 'partly-met': 1, unknown: 1, met: 2, 'not-applicable': 2 };
const UP: Record<AnswerStatus, AnswerStatus> = { 'not-met': 'partly-met', 'partly-met': 'met', met: 'met', unknown: 'unknown', 'not-applicable': 'not-applicable' };

describe('derivation properties', () => {
  it('the verdict follows from the deciding statuses and the follow-up list', () => {
    fc.assert(
      fc.property(rowsArb, answersArb, (rows, answers) => {
        const fw = assessDeclaration(planOf(rows), declaration(answers)).frameworks[0]!;
        const deciding = fw.requirements!.filter((r) => r.deciding);
        const failing = deciding.some((r) => (r.status === 'not-met' || r.status === 'partly-met') && r.settled);
        const open = deciding.some((r) => !r.settled);
        expect(fw.verdict).toBe(failing ? 'does-not-conform' : open ? 'incomplete' : 'conforms');
        for (const r of fw.requirements!) {
          if (r.status === 'unknown') expect(r.settled).toBe(false);
          if (r.followUp) expect(r.settled).toBe(false);
        }
        expect(fw.followUp).toEqual(fw.requirements!.filter((r) => r.followUp).map((r) => r.id));
      }),
    );
  });

  it('answering every item met never fails a requirement, and leaves open only what the baseline cannot settle', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const fw = assessDeclaration(planOf(rows), declaration(Object.fromEntries(ITEMS.map((i) => [i, 'met' as const])))).frameworks[0]!;
        expect(fw.verdict).not.toBe('does-not-conform');
        for (const r of fw.requirements!) {
          const covering = rows.some(([s, rel]) => s === `x:${r.id}` && (rel === 'equivalent' || rel === 'subset-of'));
          expect(r.status).toBe(covering ? 'met' : rows.some(([s, rel]) => s === `x:${r.id}` && rel !== 'no-relationship') ? 'partly-met' : 'unknown');
        }
      }),
    );
  });

  it('when no answers conflict, doing more of one item never lowers a status', () => {
    fc.assert(
      fc.property(rowsArb, answersArb, fc.constantFrom(...ITEMS), (rows, answers, raised) => {
        const plan = planOf(rows);
        const before = assessDeclaration(plan, declaration(answers)).frameworks[0]!.requirements!;
        const after = assessDeclaration(plan, declaration({ ...answers, [raised]: UP[answers[raised] ?? 'unknown'] })).frameworks[0]!.requirements!;
        before.forEach((b, i) => {
          const a = after[i]!;
          const conflict = [...b.reasons, ...a.reasons].some((r) => r.kind === 'conflict');
          if (!conflict) expect(RANK[a.status]).toBeGreaterThanOrEqual(RANK[b.status]);
        });
      }),
    );
  });
});
