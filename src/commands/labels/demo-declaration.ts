// Declarations for demonstration and tests: every baseline item answered met (with a line of evidence), the
// follow-up questions of the named frameworks answered too, so those frameworks conform (or, with `except`,
// some items answered not met so a framework does not). Built from the assessment plan in use, so it stays
// right as the baseline changes.
import { assessDeclaration } from '../../domain/assessments/assess.js';
import type { Answer, Declaration } from '../../domain/assessments/declaration.js';
import type { AssessmentPlan } from '../../domain/assessments/derivation-plan.js';
import type { DeclaredRelease } from '../../domain/assessments/declaration.js';

/** Facts a connected camera or speaker states beyond its profile, so conditional requirements are decided. */
export const DEMO_FACTS: NonNullable<Declaration['facts']> = {
  'has-user-authentication': true,
  'is-constrained-device': false,
  'collects-telemetry': true,
  'processes-personal-data': true,
  'processing-based-on-consent': true,
  'uses-hardcoded-identity': false,
  'has-cloud-service': true,
};

const met: Answer = { status: 'met', evidence: [{ type: 'text', text: 'Demonstration data: see the (fictional) product documentation.' }] };

export function demoDeclaration(
  plan: AssessmentPlan,
  product: { name: string; model: string | null },
  release: DeclaredRelease,
  options: { frameworks: readonly string[]; notMet?: readonly string[]; facts?: Declaration['facts'] },
): Declaration {
  const answers: Record<string, Answer> = {};
  for (const id of plan.itemIndex.keys()) answers[id] = met;
  for (const id of options.notMet ?? []) answers[id] = { status: 'not-met', reason: 'Demonstration data: not done in this release.' };
  let declaration: Declaration = { format: 'iotspp-declaration/1', baselineVersion: plan.baseline.version, product: { name: product.name, model: product.model }, release, facts: options.facts ?? {}, answers, followUp: {} };
  // Answering follow-up questions can settle a condition that opens others: ask until nothing new is asked.
  for (let round = 0; round < 4; round++) {
    const asked = assessDeclaration(plan, declaration, { frameworks: options.frameworks, detail: 'summary' }).frameworks.filter((f) => f.followUp.length > 0);
    if (asked.length === 0) break;
    const followUp = { ...declaration.followUp };
    for (const f of asked) followUp[f.framework] = { ...followUp[f.framework], ...Object.fromEntries(f.followUp.map((id) => [id, met])) };
    declaration = { ...declaration, followUp };
  }
  return declaration;
}
