import type { DeclarationVocabulary } from './declaration-checks.js';
import type { AssessmentPlan } from './derivation-plan.js';

/** The ids a declaration may name under this plan: its baseline items and its assessable frameworks' requirements. */
export function vocabularyOf(plan: AssessmentPlan): DeclarationVocabulary {
  return {
    baselineVersion: plan.baseline.version,
    items: new Set(plan.itemIndex.keys()),
    requirements: new Map(plan.frameworks.map((f) => [f.framework.id, new Set(f.byId.keys())])),
  };
}
