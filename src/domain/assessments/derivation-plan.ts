// The derivation plan: for every framework, each requirement with the baseline items that feed it (and under
// which relationship), its conditions resolved to product facts, its children, and whether its level decides
// the verdict. Built once per crosswalk index (so once per data version); assessing a declaration then only
// reads arrays, which is what lets the bulk assessment run 100,000 declarations in seconds.
import type { CrosswalkIndex } from '../crosswalk/crosswalk-index.js';
import type { Mapping } from '../crosswalk/mapping.js';
import type { Relationship } from '../crosswalk/relationship.js';
import type { Framework } from '../frameworks/framework.js';
import type { Level, Requirement } from '../frameworks/requirement.js';
import { PRODUCT_FACTS, type ProductFact } from './product-facts.js';

export interface PlanFeed {
  /** Index into plan.items. */
  item: number;
  /** "requirement RELATIONSHIP item". */
  relationship: Relationship;
  mapping: Mapping;
}

export interface PlanCondition {
  id: string;
  text: string;
  /** Index into PRODUCT_FACTS, or -1 when no fact decides the condition. */
  fact: number;
  negated: boolean;
}

export interface PlanRequirement {
  requirement: Requirement;
  feeds: PlanFeed[];
  conditions: PlanCondition[];
  /** Indexes of the requirements nested under this one that ask something (informative children are left out). */
  children: number[];
  /** Its level decides the framework's verdict (see decidingLevels). */
  deciding: boolean;
}

export interface FrameworkPlan {
  framework: Framework;
  requirements: PlanRequirement[];
  /** Evaluation order: children before their parents. */
  order: number[];
  /** Requirement id -> index. */
  byId: Map<string, number>;
  /** The levels that decide the verdict for this framework. */
  decidingLevels: readonly Level[];
}

export interface AssessmentPlan {
  baselineId: string;
  baseline: Framework;
  /** The baseline items, in data order. */
  items: Requirement[];
  itemIndex: Map<string, number>;
  /** Every framework a product can be assessed against, in data order. */
  frameworks: FrameworkPlan[];
  frameworkById: Map<string, FrameworkPlan>;
  /** Frameworks left out, and why (the baseline itself; surveys with only informative entries). */
  skipped: { frameworkId: string; reason: string }[];
}

/**
 * Mandatory and conditional-mandatory requirements decide conformity. A framework with neither (guidance and
 * verification standards written as recommendations) is decided by its recommended and conditional-recommended
 * requirements instead: conforming to guidance means doing what it recommends. Informative entries ask
 * nothing and never decide.
 */
export const BINDING_LEVELS: readonly Level[] = ['mandatory', 'conditional-mandatory'];
export const RECOMMENDING_LEVELS: readonly Level[] = ['recommended', 'conditional-recommended'];

export function decidingLevelsOf(requirements: readonly Requirement[]): readonly Level[] {
  return requirements.some((r) => BINDING_LEVELS.includes(r.level)) ? BINDING_LEVELS : RECOMMENDING_LEVELS;
}

const FACT_INDEX = new Map<string, number>(PRODUCT_FACTS.map((f, i) => [f, i]));

export function factIndex(fact: ProductFact): number {
  return FACT_INDEX.get(fact)!;
}

export function buildAssessmentPlan(index: CrosswalkIndex): AssessmentPlan {
  const baselineId = index.baselineId;
  const baseline = index.framework(baselineId);
  if (!baseline) throw new Error(`the registry has no baseline framework "${baselineId}"`);
  const itemNodes = index.frameworkNodes(baselineId);
  const items = itemNodes.map((n) => index.requirements[n]!);
  const itemIndex = new Map(items.map((r, i) => [r.id, i]));
  const itemOfNode = new Map(itemNodes.map((n, i) => [n, i]));

  const frameworks: FrameworkPlan[] = [];
  const skipped: AssessmentPlan['skipped'] = [];
  for (const framework of index.frameworks) {
    if (framework.id === baselineId) {
      skipped.push({ frameworkId: framework.id, reason: 'the baseline itself: its items are what a declaration answers' });
      continue;
    }
    const nodes = index.frameworkNodes(framework.id);
    const requirements = nodes.map((n) => index.requirements[n]!);
    if (!requirements.some((r) => r.level !== 'informative')) {
      skipped.push({ frameworkId: framework.id, reason: 'every entry is informative: there is nothing to conform to' });
      continue;
    }
    frameworks.push(planFramework(index, framework, nodes, itemOfNode));
  }
  return { baselineId, baseline, items, itemIndex, frameworks, frameworkById: new Map(frameworks.map((f) => [f.framework.id, f])), skipped };
}

function planFramework(index: CrosswalkIndex, framework: Framework, nodes: readonly number[], itemOfNode: Map<number, number>): FrameworkPlan {
  const decidingLevels = decidingLevelsOf(nodes.map((n) => index.requirements[n]!));
  const conditionById = new Map(framework.conditions.map((c) => [c.id, c]));
  const byId = new Map<string, number>();
  const requirements: PlanRequirement[] = nodes.map((node, i) => {
    const requirement = index.requirements[node]!;
    byId.set(requirement.id, i);
    // Edges are read "this requirement RELATIONSHIP other", whichever side stated the mapping.
    const feeds: PlanFeed[] = [];
    for (const edge of index.edges[node]!) {
      const item = itemOfNode.get(edge.to);
      if (item !== undefined) feeds.push({ item, relationship: edge.relationship, mapping: edge.mapping });
    }
    const conditions = requirement.conditions.map((id): PlanCondition => {
      const c = conditionById.get(id);
      const fact = c?.fact ? FACT_INDEX.get(c.fact) ?? -1 : -1;
      return { id, text: c?.text ?? `condition ${id}`, fact, negated: c?.negated ?? false };
    });
    return { requirement, feeds, conditions, children: [], deciding: decidingLevels.includes(requirement.level) };
  });
  for (let i = 0; i < requirements.length; i++) {
    const r = requirements[i]!.requirement;
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    if (parent !== undefined && parent !== i && r.level !== 'informative') requirements[parent]!.children.push(i);
  }
  return { framework, requirements, order: childrenFirst(requirements), byId, decidingLevels };
}

/** Deepest requirements first, so a parent is evaluated after all of its children; a parent cycle is cut. */
function childrenFirst(requirements: PlanRequirement[]): number[] {
  const depth = new Array<number>(requirements.length).fill(-1);
  const parentOf = new Array<number>(requirements.length).fill(-1);
  requirements.forEach((r, i) => r.children.forEach((c) => (parentOf[c] = i)));
  for (let i = 0; i < requirements.length; i++) {
    let d = 0;
    for (let p = parentOf[i]!; p !== -1 && d <= requirements.length; p = parentOf[p]!) d++;
    depth[i] = d;
  }
  return requirements.map((_, i) => i).sort((a, b) => depth[b]! - depth[a]! || a - b);
}
