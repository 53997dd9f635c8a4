// Checks the bundle as a whole: what no single file's schema can see. Every requirement reaches the baseline
// (or says why not), every mapping points at something real, ids are unique, levels are known.
import { BASELINE_FRAMEWORK_ID, type Framework } from './framework.js';
import { LEVELS, requirementKey, type Requirement } from './requirement.js';
import { RELATIONSHIPS } from '../crosswalk/relationship.js';
import { STRENGTH_MAX, STRENGTH_MIN, type Mapping } from '../crosswalk/mapping.js';

export interface IntegrityProblem {
  code:
    | 'duplicate-framework'
    | 'duplicate-requirement'
    | 'duplicate-mapping'
    | 'unknown-level'
    | 'unknown-relationship'
    | 'bad-strength'
    | 'dangling-mapping-source'
    | 'dangling-mapping-target'
    | 'unmapped-requirement'
    | 'missing-rationale'
    | 'unknown-condition'
    | 'unknown-parent';
  subject: string;
  message: string;
}

export interface CatalogData {
  frameworks: Framework[];
  requirements: Requirement[];
  mappings: Mapping[];
}

export function checkCatalogIntegrity(data: CatalogData, baselineId = BASELINE_FRAMEWORK_ID): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const frameworkIds = new Set<string>();
  for (const f of data.frameworks) {
    if (frameworkIds.has(f.id)) problems.push({ code: 'duplicate-framework', subject: f.id, message: `framework ${f.id} is defined twice` });
    frameworkIds.add(f.id);
  }
  const frameworksById = new Map(data.frameworks.map((f) => [f.id, f]));
  const keys = new Set<string>();
  for (const r of data.requirements) {
    const key = requirementKey(r.frameworkId, r.id);
    if (keys.has(key)) problems.push({ code: 'duplicate-requirement', subject: key, message: `requirement ${key} is defined twice` });
    keys.add(key);
    if (!(LEVELS as readonly string[]).includes(r.level)) {
      problems.push({ code: 'unknown-level', subject: key, message: `${key} has level "${r.level}", not one of ${LEVELS.join(', ')}` });
    }
    const conditionIds = new Set(frameworksById.get(r.frameworkId)?.conditions.map((c) => c.id) ?? []);
    for (const c of r.conditions) {
      if (!conditionIds.has(c)) problems.push({ code: 'unknown-condition', subject: key, message: `${key} names condition "${c}", which its framework does not define` });
    }
  }
  for (const r of data.requirements) {
    if (r.parentId !== null && !keys.has(requirementKey(r.frameworkId, r.parentId))) {
      problems.push({ code: 'unknown-parent', subject: requirementKey(r.frameworkId, r.id), message: `parent ${r.parentId} does not exist` });
    }
  }
  const mappingIds = new Set<string>();
  const reachesBaseline = new Set<string>();
  for (const m of data.mappings) {
    const source = requirementKey(m.sourceFrameworkId, m.sourceRequirementId);
    const target = requirementKey(m.targetFrameworkId, m.targetRequirementId);
    if (mappingIds.has(m.id)) problems.push({ code: 'duplicate-mapping', subject: m.id, message: `mapping ${source} -> ${target} is stated twice` });
    mappingIds.add(m.id);
    if (!keys.has(source)) problems.push({ code: 'dangling-mapping-source', subject: m.id, message: `mapping source ${source} does not exist` });
    if (!keys.has(target)) problems.push({ code: 'dangling-mapping-target', subject: m.id, message: `mapping target ${target} does not exist` });
    if (!(RELATIONSHIPS as readonly string[]).includes(m.relationship)) {
      problems.push({ code: 'unknown-relationship', subject: m.id, message: `relationship "${m.relationship}" is not a NIST IR 8477 relationship` });
    }
    if (!Number.isInteger(m.strength) || m.strength < STRENGTH_MIN || m.strength > STRENGTH_MAX) {
      problems.push({ code: 'bad-strength', subject: m.id, message: `strength ${m.strength} is outside ${STRENGTH_MIN}-${STRENGTH_MAX}` });
    }
    if (m.rationale.trim() === '') problems.push({ code: 'missing-rationale', subject: m.id, message: `mapping ${m.id} has no rationale` });
    if (m.targetFrameworkId === baselineId) reachesBaseline.add(source);
    if (m.sourceFrameworkId === baselineId) reachesBaseline.add(target);
  }
  for (const r of data.requirements) {
    if (r.frameworkId === baselineId) continue;
    const key = requirementKey(r.frameworkId, r.id);
    if (!reachesBaseline.has(key)) {
      problems.push({ code: 'unmapped-requirement', subject: key, message: `${key} has no mapping to the baseline (add one, or a no-relationship with a rationale)` });
    }
  }
  return problems;
}
