// Assessing a declaration: every chosen framework's verdict, counts by level, follow-up questions and (in
// full detail) every requirement with its status, the reasons behind it and what to do about a gap.
import { DomainError } from '../errors.js';
import type { Level } from '../frameworks/requirement.js';
import { actionFor } from './actions.js';
import type { Declaration } from './declaration.js';
import type { AssessmentPlan, FrameworkPlan } from './derivation-plan.js';
import { APPLIES, deriveFramework, type FrameworkOutcome } from './derive.js';
import { prepareDeclaration, statusOfCode, type PreparedDeclaration } from './prepared-declaration.js';
import type { Reason } from './reasons.js';
import type { Applicability, Status, Verdict } from './status.js';
import { countsByLevel, decidingSummary, verdictOf, type DecidingSummary, type LevelCounts } from './verdict.js';

export interface RequirementResult {
  id: string;
  title: string;
  level: Level;
  parentId: string | null;
  applies: Applicability;
  status: Status;
  /** Its level decides the verdict. */
  deciding: boolean;
  /** No further answer can change its status (false: unknown, or at least partly met with the rest unasked). */
  settled: boolean;
  /** It is in the framework's follow-up questionnaire. */
  followUp: boolean;
  reasons: Reason[];
  /** What to do about it, when it is not met or not applicable. */
  action: string | null;
}

export interface FrameworkAssessment {
  framework: string;
  shortName: string;
  title: string;
  version: string;
  verdict: Verdict;
  decidingLevels: Level[];
  /** The requirements at the deciding levels: how many apply, are met, fail, are open. */
  deciding: DecidingSummary;
  counts: Partial<Record<Level, LevelCounts>>;
  /**
   * The follow-up questionnaire: ids of the deciding requirements that no baseline answer can settle (not
   * reached, or reached only in part), leaving out parents decided by their children. Requirements open only
   * because a baseline item or a product fact is missing are not asked: their action says what to answer.
   */
  followUp: string[];
  /** Present in full detail only. */
  requirements?: RequirementResult[];
}

export interface AssessmentResult {
  baseline: { id: string; version: string };
  frameworks: FrameworkAssessment[];
  /** Things the reader should know that do not stop the assessment (answers to items no longer in the baseline...). */
  warnings: string[];
}

export type Detail = 'summary' | 'full';

export interface AssessOptions {
  /** Framework ids; all assessable frameworks when empty or absent. */
  frameworks?: readonly string[];
  detail?: Detail;
}

export function chooseFrameworks(plan: AssessmentPlan, ids: readonly string[] | undefined): FrameworkPlan[] {
  if (!ids || ids.length === 0) return plan.frameworks;
  return ids.map((id) => {
    const fw = plan.frameworkById.get(id);
    if (fw) return fw;
    const skipped = plan.skipped.find((s) => s.frameworkId === id);
    throw new DomainError(
      'framework_not_found',
      skipped ? `"${id}" cannot be assessed: ${skipped.reason}.` : `No framework "${id}" to assess against.`,
      [{ pointer: 'framework', message: `assessable: ${plan.frameworks.map((f) => f.framework.id).join(', ')}` }],
    );
  });
}

export function assessDeclaration(plan: AssessmentPlan, declaration: Declaration, options: AssessOptions = {}): AssessmentResult {
  const frameworks = chooseFrameworks(plan, options.frameworks);
  const prepared = prepareDeclaration(plan, declaration);
  return assessPrepared(plan, prepared, frameworks, options.detail ?? 'full');
}

export function assessPrepared(plan: AssessmentPlan, prepared: PreparedDeclaration, frameworks: readonly FrameworkPlan[], detail: Detail): AssessmentResult {
  const explain = detail === 'full';
  // A summary reads each outcome before the next framework is derived, so it may reuse their arrays.
  const results = frameworks.map((fw) => frameworkAssessment(deriveFramework(plan, fw, prepared, explain, !explain), explain));
  return { baseline: { id: plan.baselineId, version: plan.baseline.version }, frameworks: results, warnings: warningsOf(plan, prepared) };
}

function frameworkAssessment(out: FrameworkOutcome, explain: boolean): FrameworkAssessment {
  const fw = out.plan;
  const followUp: string[] = [];
  for (let i = 0; i < fw.requirements.length; i++) if (inFollowUp(out, i)) followUp.push(fw.requirements[i]!.requirement.id);
  const result: FrameworkAssessment = {
    framework: fw.framework.id,
    shortName: fw.framework.shortName,
    title: fw.framework.title,
    version: fw.framework.version,
    verdict: verdictOf(out),
    decidingLevels: [...fw.decidingLevels],
    deciding: decidingSummary(out),
    counts: countsByLevel(out),
    followUp,
  };
  if (explain) result.requirements = fw.requirements.map((_, i) => requirementResult(out, i));
  return result;
}

function inFollowUp(out: FrameworkOutcome, i: number): boolean {
  const pr = out.plan.requirements[i]!;
  return out.askable[i] === 1 && pr.deciding && pr.children.length === 0;
}

function requirementResult(out: FrameworkOutcome, i: number): RequirementResult {
  const pr = out.plan.requirements[i]!;
  const reasons = out.reasons?.[i] ?? [];
  return {
    id: pr.requirement.id,
    title: pr.requirement.title,
    level: pr.requirement.level,
    parentId: pr.requirement.parentId,
    applies: APPLIES[out.applies[i]!]!,
    status: statusOfCode(out.status[i]!),
    deciding: pr.deciding,
    settled: out.open[i] === 0,
    followUp: inFollowUp(out, i),
    reasons,
    action: actionFor(out, i, reasons),
  };
}

function warningsOf(plan: AssessmentPlan, prepared: PreparedDeclaration): string[] {
  const warnings: string[] = [];
  const declared = prepared.declaration.baselineVersion;
  if (declared && declared !== plan.baseline.version) {
    warnings.push(`The answers were written for baseline ${declared}; this assessment uses baseline ${plan.baseline.version}. Items it does not answer count as unknown.`);
  }
  if (prepared.unknownItems.length > 0) {
    warnings.push(`Answers to items that are not in baseline ${plan.baseline.version} are ignored: ${prepared.unknownItems.join(', ')}.`);
  }
  for (const [frameworkId, answers] of prepared.followUp) {
    const fw = plan.frameworkById.get(frameworkId);
    if (!fw) {
      warnings.push(`Follow-up answers for "${frameworkId}" are ignored: no such framework is assessed.`);
      continue;
    }
    const unknown = [...answers.keys()].filter((id) => !fw.byId.has(id));
    if (unknown.length > 0) warnings.push(`Follow-up answers for ${frameworkId} name no requirement of it and are ignored: ${unknown.join(', ')}.`);
  }
  return warnings;
}
