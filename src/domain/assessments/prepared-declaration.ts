// A declaration turned into arrays aligned with a plan: one answer code per baseline item, one fact value per
// product fact, and the follow-up answers by framework. Done once per declaration, then every framework reads
// it; the original declaration is kept for the evidence and reasons that explanations quote.
import type { AssessmentPlan } from './derivation-plan.js';
import type { Answer, Declaration } from './declaration.js';
import { PRODUCT_FACTS } from './product-facts.js';
import { factsFromProfile } from './product-profile.js';
import { STATUSES, type Status } from './status.js';

export const STATUS_CODE: Record<Status, number> = { met: 0, 'partly-met': 1, 'not-met': 2, 'not-applicable': 3, unknown: 4 };
export const UNKNOWN_CODE = STATUS_CODE.unknown;

export interface PreparedDeclaration {
  /** Per plan item: the STATUS_CODE of its answer (unknown when unanswered). */
  answers: Uint8Array;
  /** Per PRODUCT_FACTS entry: 1 true, 0 false, -1 not stated. */
  facts: Int8Array;
  /** Framework id -> requirement id -> answer. */
  followUp: ReadonlyMap<string, ReadonlyMap<string, Answer>>;
  declaration: Declaration;
  /** Answers naming no item of the plan's baseline (kept, reported, and otherwise ignored). */
  unknownItems: string[];
}

const NO_FOLLOW_UP: ReadonlyMap<string, ReadonlyMap<string, Answer>> = new Map();

export function prepareDeclaration(plan: AssessmentPlan, declaration: Declaration): PreparedDeclaration {
  const answers = new Uint8Array(plan.items.length).fill(UNKNOWN_CODE);
  const unknownItems: string[] = [];
  for (const id in declaration.answers) {
    const at = plan.itemIndex.get(id);
    if (at === undefined) unknownItems.push(id);
    else answers[at] = STATUS_CODE[declaration.answers[id]!.status];
  }
  const facts = new Int8Array(PRODUCT_FACTS.length).fill(-1);
  const derived = factsFromProfile(declaration.release ?? {});
  const stated = declaration.facts ?? {};
  for (let i = 0; i < PRODUCT_FACTS.length; i++) {
    const fact = PRODUCT_FACTS[i]!;
    // Explicit facts and the profile never disagree in a valid declaration (checkDeclaration refuses that).
    const value = stated[fact] ?? derived[fact]?.value;
    if (value !== undefined && value !== null) facts[i] = value ? 1 : 0;
  }
  let followUp = NO_FOLLOW_UP;
  if (declaration.followUp) {
    const map = new Map<string, ReadonlyMap<string, Answer>>();
    for (const frameworkId in declaration.followUp) map.set(frameworkId, new Map(Object.entries(declaration.followUp[frameworkId]!)));
    followUp = map;
  }
  return { answers, facts, followUp, declaration, unknownItems };
}

export function statusOfCode(code: number): Status {
  return STATUSES[code]!;
}
