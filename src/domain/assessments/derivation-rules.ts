// The derivation rules: what one baseline answer says about one framework requirement, given the mapping
// between them. A mapping reads "requirement RELATIONSHIP item" (NIST IR 8477, from the requirement's side);
// the answer is a degree of the item: all of it done (met), some (partly-met), none (not-met).
//
// What one answer gives is a *bound* on the requirement's degree, lo..hi on the scale none < some < all:
//   met                  all..all    the requirement is met
//   partly-met           some..some  the requirement is partly met
//   not-met              none..none  the requirement is not met
//   at-least-partly-met  some..all   part of it is done; the baseline does not ask the rest
//   at-most-partly-met   none..some  a part it demands is missing, so it cannot be met
//   not-applicable                   it concerns something the product does not have
//   nothing                          the answer does not tell (none..all)
// Several bounds on one requirement are intersected (the highest lo, the lowest hi): the most restrictive
// result wins. docs/assessment.md prints this table; a test keeps the two the same.
import type { Relationship } from '../crosswalk/relationship.js';
import type { AnswerStatus } from './status.js';

export const DEGREE = { none: 0, some: 1, all: 2 } as const;
export type Degree = 0 | 1 | 2;

export const GIVES = ['met', 'partly-met', 'not-met', 'at-least-partly-met', 'at-most-partly-met', 'not-applicable', 'nothing'] as const;
export type Gives = (typeof GIVES)[number];

export interface Bound {
  lo: Degree;
  hi: Degree;
}

export const BOUNDS: Record<Exclude<Gives, 'not-applicable' | 'nothing'>, Bound> = {
  met: { lo: 2, hi: 2 },
  'partly-met': { lo: 1, hi: 1 },
  'not-met': { lo: 0, hi: 0 },
  'at-least-partly-met': { lo: 1, hi: 2 },
  'at-most-partly-met': { lo: 0, hi: 1 },
};

/**
 * Why each cell holds (R = the requirement, I = the baseline item):
 * - equivalent: R = I, so I's degree is R's.
 * - subset-of (I asks at least all R asks): all of I done means all of R done; none of I done means none of R;
 *   some of I tells nothing (the missing part may or may not be R's); if I does not apply, neither does R.
 * - superset-of (R asks all of I and more): I done gives at least part of R, the rest unknown; I partly done
 *   leaves R partly met; I not done means R is not met (a part R demands in full is missing; we say not-met,
 *   not partly-met, because nothing the baseline knows about R is done).
 * - intersects-with (each asks something the other does not): I done gives at least part of R; I not done
 *   means the shared part is missing, so R can be at most partly met; I partly done tells nothing.
 * - no-relationship: the baseline does not reach R.
 * An unknown (unanswered) item tells nothing under any relationship.
 */
export const DERIVATION_RULES: Record<Relationship, Record<AnswerStatus, Gives>> = {
  equivalent: { met: 'met', 'partly-met': 'partly-met', 'not-met': 'not-met', 'not-applicable': 'not-applicable', unknown: 'nothing' },
  'subset-of': { met: 'met', 'partly-met': 'nothing', 'not-met': 'not-met', 'not-applicable': 'not-applicable', unknown: 'nothing' },
  'superset-of': { met: 'at-least-partly-met', 'partly-met': 'partly-met', 'not-met': 'not-met', 'not-applicable': 'nothing', unknown: 'nothing' },
  'intersects-with': { met: 'at-least-partly-met', 'partly-met': 'nothing', 'not-met': 'at-most-partly-met', 'not-applicable': 'nothing', unknown: 'nothing' },
  'no-relationship': { met: 'nothing', 'partly-met': 'nothing', 'not-met': 'nothing', 'not-applicable': 'nothing', unknown: 'nothing' },
};

/** A direct answer to the requirement itself (a follow-up answer) is read as an equivalent item. */
export function givesOfDirectAnswer(answer: AnswerStatus): Gives {
  return DERIVATION_RULES.equivalent[answer];
}

export function boundOf(gives: Gives): Bound | null {
  return gives === 'not-applicable' || gives === 'nothing' ? null : BOUNDS[gives];
}

/** The name of a bound, for reasons and tables. */
export function givesOfBound(bound: Bound): Gives {
  if (bound.lo === bound.hi) return bound.lo === 2 ? 'met' : bound.lo === 1 ? 'partly-met' : 'not-met';
  if (bound.lo === 1) return 'at-least-partly-met';
  if (bound.hi === 1) return 'at-most-partly-met';
  return 'nothing';
}
