// Measures our crosswalk against a published mapping: for each pair the publication states, our best
// relationship between the two requirements (a stated mapping outranks any inference), judged compatible or
// not; and the pairs we relate that the publication, within what it covers, does not.
import type { CrosswalkIndex } from '../crosswalk-index.js';
import { inferMappings, type ReachedRequirement } from '../inferred-mappings.js';
import { compareKeys, type CrosswalkPath } from '../path.js';
import { resolveLimits, type SearchLimits } from '../path-search.js';
import type { Relationship } from '../relationship.js';
import { parseRequirementKey } from '../../frameworks/requirement.js';
import { PAIR_KINDS, type OutOfScopeReason, type PairKind, type Publication, type PublicationPair } from './publication.js';
import { verdictFor, type Verdict } from './compatibility.js';

export interface OurRelation {
  /** Read "pair source RELATIONSHIP pair target". */
  relationship: Relationship;
  /** A mapping between the two is stated (either side); otherwise the relationship is inferred along `path`. */
  stated: boolean;
  strength: number;
  /** The stated mapping as a one-hop path, or the best inferred path; null for a stated no-relationship. */
  path: CrosswalkPath | null;
  /** The stated mapping's id, when stated. */
  mappingId: string | null;
}

/**
 * Why we do not relate a missed pair: `undetermined` when a chain of mappings within the hop limit joins them
 * but composing it tells nothing (two requirements both subset-of one baseline item may or may not overlap);
 * `unconnected` when no chain joins them at all (our mappings leave them apart).
 */
export const MISS_REASONS = ['undetermined', 'unconnected'] as const;
export type MissReason = (typeof MISS_REASONS)[number];

export interface ComparedPair extends PublicationPair {
  verdict: Verdict;
  ours: OurRelation | null;
  /** Set on missed pairs only. */
  missReason: MissReason | null;
}

export interface ExtraPair {
  source: string;
  target: string;
  ours: OurRelation;
}

export interface KindCounts {
  pairs: number;
  agree: number;
  contradict: number;
  missed: number;
}

export interface Comparison {
  publication: Publication;
  maxHops: number;
  counts: { inScope: number; agree: number; contradict: number; missed: number; extra: number; outOfScope: number };
  /** (agree + contradict) / inScope: the share of the publication's pairs we relate at all; null with no pairs. */
  recall: number | null;
  byKind: Record<PairKind, KindCounts>;
  outOfScopeByReason: Partial<Record<OutOfScopeReason, number>>;
  missedByReason: Record<MissReason, number>;
  agreements: ComparedPair[];
  contradictions: ComparedPair[];
  missed: ComparedPair[];
  extra: ExtraPair[];
  /** Some path search hit its budget: a longer path might have related a missed pair. */
  truncated: boolean;
}

const frameworkOf = (key: string) => parseRequirementKey(key)?.frameworkId ?? key;

/** Our relations from one requirement, computed once per requirement however many pairs it is in. */
class Relations {
  private readonly inferred = new Map<string, Map<string, ReachedRequirement>>();
  private readonly reachable = new Map<number, Set<number>>();
  truncated = false;
  constructor(
    private readonly index: CrosswalkIndex,
    private readonly limits: SearchLimits,
  ) {}

  /** Whether walkable mappings join the two within the hop limit, whatever their composition. */
  connected(source: string, target: string): boolean {
    const from = this.index.node(source);
    const to = this.index.node(target);
    if (from === undefined || to === undefined) return false;
    let seen = this.reachable.get(from);
    if (!seen) {
      seen = new Set([from]);
      let frontier = [from];
      for (let hop = 0; hop < resolveLimits(this.limits).maxHops && frontier.length > 0; hop++) {
        const next: number[] = [];
        for (const n of frontier) {
          for (const e of this.index.edges[n]!) {
            if (e.hop && !seen.has(e.to)) {
              seen.add(e.to);
              next.push(e.to);
            }
          }
        }
        frontier = next;
      }
      this.reachable.set(from, seen);
    }
    return seen.has(to);
  }

  private inferredFrom(source: string): Map<string, ReachedRequirement> {
    let reached = this.inferred.get(source);
    if (!reached) {
      const result = inferMappings(this.index, source, this.limits);
      if (result?.truncated) this.truncated = true;
      reached = new Map((result?.inferred ?? []).map((r) => [r.requirement, r]));
      this.inferred.set(source, reached);
    }
    return reached;
  }

  /** Stated mappings (either side, strongest first) outrank inference; null when we do not relate the two. */
  between(source: string, target: string): OurRelation | null {
    const from = this.index.node(source);
    const to = this.index.node(target);
    if (from === undefined || to === undefined) return null;
    const stated = this.index.edges[from]!.filter((e) => e.to === to).sort((a, b) => b.strength - a.strength)[0];
    if (stated) {
      const path: CrosswalkPath | null = stated.hop
        ? { from: source, to: target, hops: [stated.hop], relationship: stated.hop.relationship, strength: stated.strength }
        : null;
      return { relationship: stated.relationship, stated: true, strength: stated.strength, path, mappingId: stated.mapping.id };
    }
    const reached = this.inferredFrom(source).get(target);
    if (!reached) return null;
    return { relationship: reached.relationship, stated: false, strength: reached.strength, path: reached.paths[0]!, mappingId: null };
  }

  /** Every requirement we relate `source` to (stated walkable mappings and inferences), by key. */
  relatedTo(source: string): string[] {
    const from = this.index.node(source);
    if (from === undefined) return [];
    const keys = new Set<string>();
    const unrelated = new Set<string>();
    for (const e of this.index.edges[from]!) (e.hop ? keys : unrelated).add(this.index.keys[e.to]!);
    for (const key of this.inferredFrom(source).keys()) if (!unrelated.has(key)) keys.add(key);
    return [...keys];
  }
}

function emptyByKind(): Record<PairKind, KindCounts> {
  return Object.fromEntries(PAIR_KINDS.map((k) => [k, { pairs: 0, agree: 0, contradict: 0, missed: 0 }])) as Record<PairKind, KindCounts>;
}

function extraPairs(publication: Publication, relations: Relations): ExtraPair[] {
  const scope = publication.extraScope;
  const stated = new Set<string>();
  for (const p of publication.pairs) stated.add(`${p.source}|${p.target}`).add(`${p.target}|${p.source}`);
  const targetKeys = scope.targetKeys === null ? null : new Set(scope.targetKeys);
  const reported = new Set<string>();
  const extra: ExtraPair[] = [];
  for (const { key: source, targetFrameworks } of scope.sources) {
    const frameworks = new Set(targetFrameworks);
    const found: ExtraPair[] = [];
    for (const target of relations.relatedTo(source)) {
      const framework = frameworkOf(target);
      if (framework === frameworkOf(source) || !frameworks.has(framework)) continue;
      if (targetKeys !== null && !targetKeys.has(target)) continue;
      if (stated.has(`${source}|${target}`)) continue;
      if (scope.unordered && reported.has(`${target}|${source}`)) continue;
      const ours = relations.between(source, target);
      if (!ours) continue;
      reported.add(`${source}|${target}`);
      found.push({ source, target, ours });
    }
    found.sort((a, b) => b.ours.strength - a.ours.strength || compareKeys(a.target, b.target));
    extra.push(...found);
  }
  return extra;
}

export function comparePublication(index: CrosswalkIndex, publication: Publication, limits: SearchLimits = {}): Comparison {
  const relations = new Relations(index, limits);
  const byKind = emptyByKind();
  const compared = publication.pairs.map((pair): ComparedPair => {
    const ours = relations.between(pair.source, pair.target);
    const verdict = verdictFor(pair.kind, ours?.relationship ?? null);
    byKind[pair.kind].pairs++;
    byKind[pair.kind][verdict]++;
    const missReason: MissReason | null = verdict !== 'missed' ? null : relations.connected(pair.source, pair.target) ? 'undetermined' : 'unconnected';
    return { ...pair, verdict, ours, missReason };
  });
  const of = (v: Verdict) => compared.filter((p) => p.verdict === v);
  const agreements = of('agree');
  const contradictions = of('contradict');
  const missed = of('missed');
  const extra = extraPairs(publication, relations);
  const outOfScopeByReason: Partial<Record<OutOfScopeReason, number>> = {};
  for (const o of publication.outOfScope) outOfScopeByReason[o.reason] = (outOfScopeByReason[o.reason] ?? 0) + 1;
  const missedByReason: Record<MissReason, number> = { undetermined: 0, unconnected: 0 };
  for (const p of missed) missedByReason[p.missReason!]++;
  const inScope = compared.length;
  return {
    publication,
    maxHops: resolveLimits(limits).maxHops,
    counts: {
      inScope,
      agree: agreements.length,
      contradict: contradictions.length,
      missed: missed.length,
      extra: extra.length,
      outOfScope: publication.outOfScope.length,
    },
    recall: inScope === 0 ? null : (agreements.length + contradictions.length) / inScope,
    byKind,
    outOfScopeByReason,
    missedByReason,
    agreements,
    contradictions,
    missed,
    extra,
    truncated: relations.truncated,
  };
}
