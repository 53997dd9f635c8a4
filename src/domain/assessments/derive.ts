// Derivation: a prepared declaration's answers become a status for every requirement of one framework.
// For each requirement, in order (children before parents):
//   1. Conditions: a condition that is false (by the product's facts) makes it not-applicable, and that is all.
//   2. Bounds: every baseline item that feeds it gives a bound by DERIVATION_RULES; a follow-up answer gives
//      one as an equivalent item would; its children (when it has some that ask something) give one by their
//      own bounds (all met -> met; none done -> not met; else partly). Bounds intersect: the most restrictive
//      result wins; bounds that cannot both hold are a conflict, and the lower one stands.
//   3. Status from the bound: met, partly-met and not-met when it is one point; at most partly met is not-met
//      (it cannot be met); at least partly met is partly-met, left open; no bound at all is unknown (or
//      not-applicable when an answer says so). Open requirements go to the follow-up questionnaire.
//   4. When a condition could not be decided (no fact stated), only met and not-applicable stand; anything
//      else is unknown until the fact is stated or a follow-up answer says whether it applies.
import { RELATIONSHIPS } from '../crosswalk/relationship.js';
import type { Answer } from './declaration.js';
import type { AssessmentPlan, FrameworkPlan, PlanRequirement } from './derivation-plan.js';
import { DERIVATION_RULES, GIVES, givesOfBound, type Gives } from './derivation-rules.js';
import { PRODUCT_FACTS } from './product-facts.js';
import { STATUS_CODE, statusOfCode, type PreparedDeclaration } from './prepared-declaration.js';
import {
  NOT_REACHED_TEXT,
  baselineReasonText,
  childrenReasonText,
  conditionReasonText,
  conflictReasonText,
  followUpReasonText,
  type Reason,
} from './reasons.js';
import { STATUSES, type Applicability, type Status } from './status.js';

const NA = 5; // GIVES index of not-applicable
const NOTHING = 6; // GIVES index of nothing
const LO = Int8Array.from(GIVES.map((g) => (g === 'met' ? 2 : g === 'partly-met' || g === 'at-least-partly-met' ? 1 : g === 'not-met' || g === 'at-most-partly-met' ? 0 : -1)));
const HI = Int8Array.from(GIVES.map((g) => (g === 'met' || g === 'at-least-partly-met' ? 2 : g === 'partly-met' || g === 'at-most-partly-met' ? 1 : g === 'not-met' ? 0 : -1)));
const REL_CODE = new Map(RELATIONSHIPS.map((r, i) => [r, i]));
/** GIVES index for [relationship code * 5 + answer code]. */
const TABLE = Uint8Array.from(RELATIONSHIPS.flatMap((r) => STATUSES.map((a) => GIVES.indexOf(DERIVATION_RULES[r][a]))));
const EQUIVALENT = REL_CODE.get('equivalent')!;
const SUBSET = REL_CODE.get('subset-of')!;

const MET = STATUS_CODE.met;
const PARTLY = STATUS_CODE['partly-met'];
const NOT_MET = STATUS_CODE['not-met'];
const NOT_APPLICABLE = STATUS_CODE['not-applicable'];
const UNKNOWN = STATUS_CODE.unknown;

/** The outcome of one framework for one declaration, as arrays indexed like plan.requirements. */
export interface FrameworkOutcome {
  plan: FrameworkPlan;
  status: Uint8Array;
  lo: Int8Array;
  hi: Int8Array;
  /** 0 yes, 1 no, 2 unknown. */
  applies: Uint8Array;
  /** 1 when a further answer could still change the status. */
  open: Uint8Array;
  /**
   * 1 when it is open and only a direct (follow-up) answer can settle it: not while a product fact it depends
   * on is unstated, and not while a baseline item that would settle it (equivalent or subset-of) is unanswered.
   */
  askable: Uint8Array;
  conflict: Uint8Array;
  /** Only when explaining. */
  reasons: Reason[][] | null;
  /** Scratch space for one requirement's bounds, reused (no allocation per requirement). */
  acc: Bounds;
}

/**
 * The bounds gathered for one requirement: the intersection (highest lo, lowest hi) and, for a conflict, the
 * most restrictive single bound (the lowest lo among those with the lowest hi).
 */
class Bounds {
  lo = 0;
  hi = 2;
  restrictiveLo = 2;
  bounded = false;
  notApplicable = false;
  sources: string[] | null = null;

  reset(explain: boolean): void {
    this.lo = 0;
    this.hi = 2;
    this.restrictiveLo = 2;
    this.bounded = false;
    this.notApplicable = false;
    this.sources = explain ? [] : null;
  }

  take(g: number, source: string): void {
    if (g === NA) {
      this.notApplicable = true;
      return;
    }
    if (g === NOTHING) return;
    const glo = LO[g]!;
    const ghi = HI[g]!;
    if (glo > this.lo) this.lo = glo;
    if (ghi < this.hi || !this.bounded) this.restrictiveLo = glo;
    else if (ghi === this.hi && glo < this.restrictiveLo) this.restrictiveLo = glo;
    if (ghi < this.hi) this.hi = ghi;
    this.bounded = true;
    this.sources?.push(`${source}: ${GIVES[g]}`);
  }
}

/** Each requirement's feeds as relationship codes, computed once per framework plan. */
const CODES = new WeakMap<FrameworkPlan, Uint8Array[]>();
function relationshipCodes(fw: FrameworkPlan): Uint8Array[] {
  let codes = CODES.get(fw);
  if (!codes) {
    codes = fw.requirements.map((r) => Uint8Array.from(r.feeds.map((f) => REL_CODE.get(f.relationship)!)));
    CODES.set(fw, codes);
  }
  return codes;
}

export const APPLIES: readonly Applicability[] = ['yes', 'no', 'unknown'];

/** The "already evaluated" flags live in the outcome's buffer too (its eighth lane), cleared for each run. */
function doneFlags(out: FrameworkOutcome, n: number): Uint8Array {
  const flags = new Uint8Array(out.status.buffer, 7 * n, n);
  flags.fill(0);
  return flags;
}

/** Scratch outcomes, one per framework plan, for callers that read an outcome before deriving the next one. */
const SCRATCH = new WeakMap<FrameworkPlan, FrameworkOutcome>();

function newOutcome(fw: FrameworkPlan, explain: boolean): FrameworkOutcome {
  const n = fw.requirements.length;
  const bytes = new ArrayBuffer(n * 8);
  return {
    plan: fw,
    status: new Uint8Array(bytes, 0, n),
    lo: new Int8Array(bytes, n, n),
    hi: new Int8Array(bytes, 2 * n, n),
    applies: new Uint8Array(bytes, 3 * n, n),
    open: new Uint8Array(bytes, 4 * n, n),
    askable: new Uint8Array(bytes, 5 * n, n),
    conflict: new Uint8Array(bytes, 6 * n, n),
    reasons: explain ? new Array<Reason[]>(n) : null,
    acc: new Bounds(),
  };
}

/**
 * Derives every requirement of one framework. With `reuse`, the outcome's arrays are shared with the next call
 * for the same framework (no allocation: what lets the bulk assessment run in constant, small memory); the
 * caller must be done with it by then. Explanations are never reused.
 */
export function deriveFramework(plan: AssessmentPlan, fw: FrameworkPlan, prepared: PreparedDeclaration, explain = false, reuse = false): FrameworkOutcome {
  const n = fw.requirements.length;
  let out: FrameworkOutcome;
  if (reuse && !explain) {
    out = SCRATCH.get(fw) ?? newOutcome(fw, false);
    SCRATCH.set(fw, out);
  } else {
    out = newOutcome(fw, explain);
  }
  const followUps = prepared.followUp.get(fw.framework.id);
  const done = doneFlags(out, n);
  const codes = relationshipCodes(fw);
  for (const i of fw.order) {
    evaluate(plan, fw.requirements[i]!, i, codes[i]!, prepared, followUps?.get(fw.requirements[i]!.requirement.id), out, done);
    done[i] = 1;
  }
  return out;
}

function evaluate(
  plan: AssessmentPlan,
  pr: PlanRequirement,
  i: number,
  /** The relationship code of each of pr.feeds. */
  codes: Uint8Array,
  prepared: PreparedDeclaration,
  followUp: Answer | undefined,
  out: FrameworkOutcome,
  done: Uint8Array,
): void {
  const reasons: Reason[] | null = out.reasons ? (out.reasons[i] = []) : null;

  // 1. Conditions.
  let applies = 0;
  let factMissing = false;
  for (const c of pr.conditions) {
    const value = c.fact < 0 ? -1 : prepared.facts[c.fact]!;
    const holds = value < 0 ? null : (value === 1) !== c.negated;
    if (holds === null && c.fact >= 0) factMissing = true;
    if (reasons) {
      const fact = c.fact < 0 ? null : PRODUCT_FACTS[c.fact]!;
      reasons.push({ kind: 'condition', text: conditionReasonText(c.text, fact, value < 0 ? null : value === 1, holds), conditionId: c.id, condition: c.text, fact, factValue: value < 0 ? null : value === 1, holds });
    }
    if (holds === false) {
      applies = 1;
      break;
    }
    if (holds === null) applies = 2;
  }
  if (applies === 1) return settle(out, i, NOT_APPLICABLE, 2, 2, 1, 0);

  // 2. Bounds.
  const acc = out.acc;
  acc.reset(reasons !== null);
  let coveringUnanswered = false;
  for (let f = 0; f < pr.feeds.length; f++) {
    const feed = pr.feeds[f]!;
    const answer = prepared.answers[feed.item]!;
    const rel = codes[f]!;
    if (answer === UNKNOWN && (rel === EQUIVALENT || rel === SUBSET)) coveringUnanswered = true;
    const g = TABLE[rel * 5 + answer]!;
    acc.take(g, reasons ? plan.items[feed.item]!.id : '');
    if (reasons) {
      const item = plan.items[feed.item]!;
      const declared = prepared.declaration.answers[item.id];
      reasons.push({
        kind: 'baseline',
        text: baselineReasonText(item.id, item.title, statusOfCode(answer), feed.relationship, GIVES[g]!),
        item: item.id,
        itemTitle: item.title,
        answer: statusOfCode(answer),
        relationship: feed.relationship,
        gives: GIVES[g]!,
        mappingId: feed.mapping.id,
        strength: feed.mapping.strength,
        rationale: feed.mapping.rationale,
        answerReason: declared?.reason ?? null,
        evidence: declared?.evidence ?? [],
      });
    }
  }
  if (reasons && !pr.feeds.some((f) => f.relationship !== 'no-relationship')) reasons.push({ kind: 'not-reached', text: NOT_REACHED_TEXT });

  if (followUp && followUp.status !== 'unknown') {
    const g = TABLE[EQUIVALENT * 5 + STATUS_CODE[followUp.status]]!;
    acc.take(g, 'follow-up answer');
    // A follow-up answer also says whether an undecided requirement applies.
    if (applies === 2) {
      applies = g === NA ? 1 : 0;
      factMissing = false;
    }
    reasons?.push({ kind: 'follow-up', text: followUpReasonText(followUp.status, GIVES[g]!), answer: followUp.status, gives: GIVES[g]!, answerReason: followUp.reason ?? null, evidence: followUp.evidence ?? [] });
    if (applies === 1) return settle(out, i, NOT_APPLICABLE, 2, 2, 1, 0);
  }

  if (pr.children.length > 0) {
    const g = childrenGives(pr.children, out, done);
    if (g !== NOTHING) acc.take(g, 'sub-requirements');
    reasons?.push({
      kind: 'children',
      text: childrenReasonText(GIVES[g]!, pr.children.map((c) => ({ id: out.plan.requirements[c]!.requirement.id, status: statusOfCode(out.status[c]!) }))),
      gives: GIVES[g]!,
      children: pr.children.map((c) => ({ id: out.plan.requirements[c]!.requirement.id, status: statusOfCode(out.status[c]!) })),
    });
  }

  // 3. Status.
  let { lo, hi } = acc;
  let conflict = 0;
  let status: number;
  if (!acc.bounded) {
    status = acc.notApplicable ? NOT_APPLICABLE : UNKNOWN;
  } else {
    if (lo > hi) {
      conflict = 1;
      lo = acc.restrictiveLo;
    }
    if (acc.notApplicable) conflict = 1;
    status = hi === 2 ? (lo === 2 ? MET : lo === 1 ? PARTLY : UNKNOWN) : hi === 1 && lo === 1 ? PARTLY : NOT_MET;
  }
  if (conflict && reasons) reasons.push({ kind: 'conflict', text: conflictReasonText(acc.notApplicable ? [...acc.sources!, 'another answer: not-applicable'] : acc.sources!) });
  if (status === NOT_APPLICABLE) return settle(out, i, NOT_APPLICABLE, 2, 2, applies, conflict);
  if (status === UNKNOWN) {
    lo = 0;
    hi = 2;
  }

  // 4. An undecided condition leaves only met standing.
  if (applies === 2 && status !== MET) settle(out, i, UNKNOWN, 0, 2, 2, conflict);
  else settle(out, i, status, lo, hi, applies, conflict);
  out.askable[i] = out.open[i] === 1 && !(applies === 2 && factMissing) && !coveringUnanswered ? 1 : 0;
}

function childrenGives(children: number[], out: FrameworkOutcome, done: Uint8Array): number {
  let counted = 0;
  let allHi = true;
  let anyHi = false;
  let allLo = true;
  let anyLo = false;
  for (const c of children) {
    if (!done[c]) return NOTHING; // a parent cycle: the children cannot speak for this one
    if (out.status[c] === NOT_APPLICABLE) continue;
    counted++;
    const clo = out.lo[c]!;
    const chi = out.hi[c]!;
    if (chi < 2) allHi = false;
    if (chi >= 1) anyHi = true;
    if (clo < 2) allLo = false;
    if (clo >= 1) anyLo = true;
  }
  if (counted === 0) return NA;
  const bound = { lo: (allLo ? 2 : anyLo ? 1 : 0) as 0 | 1 | 2, hi: (allHi ? 2 : anyHi ? 1 : 0) as 0 | 1 | 2 };
  return GIVES.indexOf(givesOfBound(bound) as Gives);
}

function settle(out: FrameworkOutcome, i: number, status: number, lo: number, hi: number, applies: number, conflict: number): void {
  out.status[i] = status;
  out.lo[i] = lo;
  out.hi[i] = hi;
  out.applies[i] = applies;
  out.conflict[i] = conflict;
  out.askable[i] = 0;
  // Open: a further answer could still change it (unknown, or at least partly met with the rest unasked).
  out.open[i] = status === UNKNOWN || (status !== NOT_APPLICABLE && lo < hi && hi === 2) ? 1 : 0;
}

export function statusAt(out: FrameworkOutcome, i: number): Status {
  return statusOfCode(out.status[i]!);
}
