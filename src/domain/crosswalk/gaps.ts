// gaps(A, B): for each requirement of A, whether B asks at least as much (covered), only part of it (partial)
// or nothing related (missing). The same answer drives the side-by-side comparison page.
import type { CrosswalkIndex } from './crosswalk-index.js';
import { inferMappings, type ReachedRequirement } from './inferred-mappings.js';
import { compareKeys, comparePaths, type CrosswalkPath, type PathRelationship } from './path.js';
import { resolveLimits, type SearchLimits } from './path-search.js';
import { targetCoversSource } from './relationship.js';

export const GAP_STATUSES = ['covered', 'partial', 'missing'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export interface GapCounterpart {
  requirement: string;
  requirementId: string;
  /** Read "A's requirement RELATIONSHIP counterpart", from the pair's best path. */
  relationship: PathRelationship;
  strength: number;
  /** The relationship comes from a stated mapping between the two, not from a longer path. */
  stated: boolean;
  /** The paths the relationship was judged on, best first. */
  paths: CrosswalkPath[];
}

export interface GapEntry {
  requirement: string;
  requirementId: string;
  title: string;
  status: GapStatus;
  /** The counterparts that earn the status, best first; empty when missing. */
  counterparts: GapCounterpart[];
  /** The search hit the path budget: a longer path might still have changed the status. */
  truncated: boolean;
}

export interface GapSummary {
  total: number;
  covered: number;
  partial: number;
  missing: number;
  /** partial + missing. */
  gaps: number;
}

export interface GapReport {
  from: string;
  against: string;
  maxHops: number;
  /** A's requirements in catalog order. */
  requirements: GapEntry[];
  summary: GapSummary;
  truncated: boolean;
}

function covers(path: CrosswalkPath): boolean {
  return targetCoversSource(path.relationship);
}

/** Covering paths before partial ones, then the usual path ranking. */
function compareForGaps(a: CrosswalkPath, b: CrosswalkPath): number {
  return Number(covers(b)) - Number(covers(a)) || comparePaths(a, b);
}

function counterpart(reached: ReachedRequirement, stated: boolean): GapCounterpart {
  const paths = [...reached.paths].sort(compareForGaps);
  const best = paths[0]!;
  return {
    requirement: reached.requirement,
    requirementId: reached.requirementId,
    relationship: best.relationship,
    strength: best.strength,
    stated,
    paths,
  };
}

function gapEntry(index: CrosswalkIndex, node: number, against: string, options: SearchLimits): GapEntry {
  const key = index.keys[node]!;
  const result = inferMappings(index, key, { ...options, to: against })!;
  // A stated mapping outranks any inference about the same pair; a stated no-relationship silences inference.
  const statedUnrelated = new Set<string>();
  for (const edge of index.edges[node]!) {
    if (edge.relationship === 'no-relationship' && index.requirements[edge.to]!.frameworkId === against) statedUnrelated.add(index.keys[edge.to]!);
  }
  const stated = new Set(result.direct.map((r) => r.requirement));
  const pairs = [
    ...result.direct.map((r) => counterpart(r, true)),
    ...result.inferred
      .filter((r) => !stated.has(r.requirement) && !statedUnrelated.has(r.requirement))
      .map((r) => counterpart(r, false)),
  ].sort((a, b) => compareForGaps(a.paths[0]!, b.paths[0]!) || compareKeys(a.requirement, b.requirement));

  const covering = pairs.filter((p) => covers(p.paths[0]!));
  const status: GapStatus = covering.length > 0 ? 'covered' : pairs.length > 0 ? 'partial' : 'missing';
  const requirement = index.requirements[node]!;
  return {
    requirement: key,
    requirementId: requirement.id,
    title: requirement.title,
    status,
    counterparts: status === 'covered' ? covering : pairs,
    truncated: result.truncated,
  };
}

/**
 * Status of every requirement of framework `from` against framework `against`, with summary counts.
 * Null when either framework is unknown.
 */
export function gaps(index: CrosswalkIndex, from: string, against: string, options: SearchLimits = {}): GapReport | null {
  if (!index.framework(from) || !index.framework(against)) return null;
  const requirements = index.frameworkNodes(from).map((node) => gapEntry(index, node, against, options));
  const count = (status: GapStatus) => requirements.filter((r) => r.status === status).length;
  const summary: GapSummary = { total: requirements.length, covered: count('covered'), partial: count('partial'), missing: count('missing'), gaps: 0 };
  summary.gaps = summary.partial + summary.missing;
  return {
    from,
    against,
    maxHops: resolveLimits(options).maxHops,
    requirements,
    summary,
    truncated: requirements.some((r) => r.truncated),
  };
}
