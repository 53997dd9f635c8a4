// iotspp crosswalk / GET /api/crosswalk: what one requirement relates to, directly and through paths, each path
// with its plain-English explanation.
import { DomainError } from '../domain/errors.js';
import { directMappings, type DirectMapping } from '../domain/crosswalk/direct-mappings.js';
import { inferMappings, type ReachedRequirement } from '../domain/crosswalk/inferred-mappings.js';
import { explainPath, indexLookup, type PathExplanation } from '../domain/crosswalk/explain-path.js';
import { parseRequirementKey, type Requirement } from '../domain/frameworks/requirement.js';
import { MAX_HOPS_CAP } from '../domain/crosswalk/path-search.js';
import type { PathRelationship } from '../domain/crosswalk/path.js';
import { loadCrosswalk, type Crosswalk } from './crosswalk-index.js';
import { memoize } from './registry-snapshot.js';
import type { CommandContext } from './context.js';

export interface CrosswalkQuery {
  from: string;
  to?: string;
  maxHops?: number;
  /** How many paths to explain per reached requirement (all are counted). */
  pathsPerRequirement?: number;
}

export interface RequirementRef {
  key: string;
  frameworkId: string;
  frameworkName: string;
  id: string;
  title: string;
  level: Requirement['level'];
}

export interface ExplainedPath extends PathExplanation {
  rationales: string[];
}

export interface CrosswalkAnswer {
  from: RequirementRef;
  to: string | null;
  maxHops: number;
  dataVersion: number;
  bundleVersion: string | null;
  direct: (Omit<DirectMapping, 'requirement' | 'frameworkId' | 'requirementId'> & { requirement: RequirementRef })[];
  inferred: {
    requirement: RequirementRef;
    relationship: PathRelationship;
    strength: number;
    hops: number;
    alsoDirect: boolean;
    pathCount: number;
    paths: ExplainedPath[];
  }[];
  truncated: boolean;
}

export function requirementRef(c: Crosswalk, key: string): RequirementRef {
  const node = c.index.node(key);
  const r = node === undefined ? undefined : c.index.requirements[node];
  if (!r) throw new DomainError('requirement_not_found', `No requirement "${key}".`);
  return {
    key,
    frameworkId: r.frameworkId,
    frameworkName: c.index.framework(r.frameworkId)?.shortName ?? r.frameworkId,
    id: r.id,
    title: r.title,
    level: r.level,
  };
}

/** Checks FRAMEWORK:REQUIREMENT and that both exist, with errors that say what to do. */
export function resolveRequirementKey(c: Crosswalk, key: string, parameter: string): string {
  const parsed = parseRequirementKey(key);
  if (!parsed) {
    throw new DomainError('validation_failed', `${parameter} must be FRAMEWORK:REQUIREMENT, e.g. etsi-en-303-645:5.1-1`, [
      { pointer: parameter, message: 'expected FRAMEWORK:REQUIREMENT' },
    ]);
  }
  if (!c.index.framework(parsed.frameworkId)) {
    throw new DomainError('framework_not_found', `No framework "${parsed.frameworkId}" (in ${parameter}).`);
  }
  if (c.index.node(key) === undefined) {
    throw new DomainError('requirement_not_found', `Framework "${parsed.frameworkId}" has no requirement "${parsed.requirementId}".`);
  }
  return key;
}

export function resolveFramework(c: Crosswalk, id: string, parameter: string): string {
  if (!c.index.framework(id)) throw new DomainError('framework_not_found', `No framework "${id}" (in ${parameter}).`);
  return id;
}

export function explainWithRationales(c: Crosswalk, path: ReachedRequirement['paths'][number]): ExplainedPath {
  const explained = explainPath(path, indexLookup(c.index));
  const byId = memoize(c.snapshot, 'mappings-by-id', () => new Map(c.snapshot.mappings.map((m) => [m.id, m] as const)));
  return { ...explained, rationales: path.hops.map((h) => byId.get(h.mappingId)?.rationale ?? '') };
}

export async function crosswalkQuery(ctx: Pick<CommandContext, 'store'>, q: CrosswalkQuery): Promise<CrosswalkAnswer> {
  const c = await loadCrosswalk(ctx.store);
  const from = resolveRequirementKey(c, q.from, 'from');
  if (q.to !== undefined) resolveFramework(c, q.to, 'to');
  const maxHops = Math.min(Math.max(q.maxHops ?? 3, 1), MAX_HOPS_CAP);
  const result = inferMappings(c.index, from, { to: q.to, maxHops });
  if (!result) throw new DomainError('requirement_not_found', `No requirement "${from}".`);
  const keep = q.pathsPerRequirement ?? 5;
  const direct = (directMappings(c.index, from) ?? [])
    .filter((d) => q.to === undefined || d.frameworkId === q.to)
    .map(({ requirement, frameworkId: _f, requirementId: _r, ...rest }) => ({ ...rest, requirement: requirementRef(c, requirement) }));
  return {
    from: requirementRef(c, from),
    to: q.to ?? null,
    maxHops,
    dataVersion: c.snapshot.dataVersion,
    bundleVersion: c.snapshot.bundleVersion,
    direct,
    inferred: result.inferred.map((r) => ({
      requirement: requirementRef(c, r.requirement),
      relationship: r.relationship,
      strength: r.strength,
      hops: r.hops,
      alsoDirect: r.alsoDirect,
      pathCount: r.paths.length,
      paths: r.paths.slice(0, keep).map((p) => explainWithRationales(c, p)),
    })),
    truncated: result.truncated,
  };
}
