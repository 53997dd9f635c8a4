// Hand-made catalogs and declarations for the derivation tests: a framework "x" (and others as named) mapped
// to a small baseline, with conditions where a test needs them.
import { catalog, type FixtureOptions, type MappingRow } from '../crosswalk/catalog-fixture.test-support.js';
import { buildCrosswalkIndex } from '../crosswalk/crosswalk-index.js';
import type { FrameworkCondition } from '../frameworks/framework.js';
import { buildAssessmentPlan, type AssessmentPlan } from './derivation-plan.js';
import { DECLARATION_FORMAT, type Answer, type Declaration } from './declaration.js';
import type { ProductFact } from './product-facts.js';
import type { AnswerStatus } from './status.js';

export const B = (id: string) => `platform-baseline:${id}`;

export function planOf(rows: MappingRow[], options: FixtureOptions & { conditions?: Record<string, FrameworkCondition[]> } = {}): AssessmentPlan {
  const data = catalog(rows, options);
  for (const f of data.frameworks) f.conditions = options.conditions?.[f.id] ?? [];
  return buildAssessmentPlan(buildCrosswalkIndex(data));
}

function answer(status: AnswerStatus): Answer {
  return status === 'not-applicable' ? { status, reason: 'the product has no such thing' } : { status };
}

export function declaration(
  answers: Record<string, AnswerStatus>,
  options: { facts?: Partial<Record<ProductFact, boolean>>; followUp?: Record<string, Record<string, AnswerStatus>> } = {},
): Declaration {
  return {
    format: DECLARATION_FORMAT,
    product: { name: 'Test camera' },
    facts: options.facts ?? {},
    answers: Object.fromEntries(Object.entries(answers).map(([id, s]) => [id, answer(s)])),
    ...(options.followUp
      ? { followUp: Object.fromEntries(Object.entries(options.followUp).map(([fw, a]) => [fw, Object.fromEntries(Object.entries(a).map(([id, s]) => [id, answer(s)]))])) }
      : {}),
  };
}

export const condition = (id: string, fact: ProductFact | null, negated = false, text = `condition ${id}`): FrameworkCondition => ({ id, text, fact, negated });
