// The verdict of one framework for one release, and its counts by level.
//
// Only requirements at a deciding level count (mandatory and conditional-mandatory; for a framework with
// neither, recommended and conditional-recommended: see decidingLevelsOf), and only where they apply:
//   does-not-conform  some deciding requirement is settled short of met: not-met, or partly-met with nothing
//                     left to answer (partly met is not met: a regulator does not accept half a requirement);
//   incomplete        otherwise, some deciding requirement is still open: unknown, or at least partly met by
//                     the baseline with the rest to be answered in the follow-up questionnaire;
//   conforms          every deciding requirement is met or not applicable.
// Recommended requirements of a framework that has mandatory ones are counted and shown, never decisive.
import { LEVELS, type Level } from '../frameworks/requirement.js';
import type { FrameworkOutcome } from './derive.js';
import { STATUS_CODE } from './prepared-declaration.js';
import { STATUSES, type Status, type Verdict } from './status.js';

export type LevelCounts = { total: number; applicable: number } & Record<Status, number>;

export function verdictOf(out: FrameworkOutcome): Verdict {
  let open = false;
  const reqs = out.plan.requirements;
  for (let i = 0; i < reqs.length; i++) {
    if (!reqs[i]!.deciding) continue;
    const s = out.status[i]!;
    if (s === STATUS_CODE['not-applicable'] || s === STATUS_CODE.met) continue;
    if (out.open[i]) open = true;
    else return 'does-not-conform';
  }
  return open ? 'incomplete' : 'conforms';
}

export function emptyCounts(): LevelCounts {
  return { total: 0, applicable: 0, met: 0, 'partly-met': 0, 'not-met': 0, 'not-applicable': 0, unknown: 0 };
}

/** Each requirement's level as its index in LEVELS, computed once per framework plan. */
const LEVEL_CODES = new WeakMap<FrameworkOutcome['plan'], Uint8Array>();

function levelCodes(plan: FrameworkOutcome['plan']): Uint8Array {
  let codes = LEVEL_CODES.get(plan);
  if (!codes) {
    codes = Uint8Array.from(plan.requirements.map((r) => LEVELS.indexOf(r.requirement.level)));
    LEVEL_CODES.set(plan, codes);
  }
  return codes;
}

/** Counts by level, in the order of LEVELS, for the levels the framework uses. Tallied in an array, then named. */
export function countsByLevel(out: FrameworkOutcome): Partial<Record<Level, LevelCounts>> {
  const codes = levelCodes(out.plan);
  const width = STATUSES.length;
  const tally = new Int32Array(LEVELS.length * width);
  for (let i = 0; i < codes.length; i++) tally[codes[i]! * width + out.status[i]!]!++;
  const counts: Partial<Record<Level, LevelCounts>> = {};
  for (let l = 0; l < LEVELS.length; l++) {
    let total = 0;
    for (let s = 0; s < width; s++) total += tally[l * width + s]!;
    if (total === 0) continue;
    const c = emptyCounts();
    c.total = total;
    for (let s = 0; s < width; s++) c[STATUSES[s]!] = tally[l * width + s]!;
    c.applicable = total - c['not-applicable'];
    counts[LEVELS[l]!] = c;
  }
  return counts;
}

/** The deciding requirements at a glance: "mandatory met 31 of 33" is met of applicable. */
export interface DecidingSummary {
  /** Deciding requirements that apply (or may apply). */
  applicable: number;
  met: number;
  /** Settled short of met: these make the framework not conform. */
  failing: number;
  /** Still open: a further answer could change them. */
  open: number;
}

export function decidingSummary(out: FrameworkOutcome): DecidingSummary {
  const summary: DecidingSummary = { applicable: 0, met: 0, failing: 0, open: 0 };
  const reqs = out.plan.requirements;
  for (let i = 0; i < reqs.length; i++) {
    if (!reqs[i]!.deciding) continue;
    const s = out.status[i]!;
    if (s === STATUS_CODE['not-applicable']) continue;
    summary.applicable++;
    if (s === STATUS_CODE.met) summary.met++;
    else if (out.open[i]) summary.open++;
    else summary.failing++;
  }
  return summary;
}
