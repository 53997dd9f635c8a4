// A published mapping (a law's deemed-compliance routes, a crosswalk, a topic grouping) turned into pairs of
// requirements of OUR registry, so it can be compared with the crosswalk. Each file format has an adapter
// (formats/); they all produce this one shape.
import { DomainError } from '../../errors.js';
import type { CrosswalkIndex } from '../crosswalk-index.js';
import type { Requirement } from '../../frameworks/requirement.js';

/**
 * What a publication says about a pair, normalised, read "source KIND target":
 * - equivalent: the two are the same (mutual recognition of two labels);
 * - satisfied-by: meeting the target alone is deemed to meet the source (a law's deemed compliance, one route);
 * - jointly-satisfied-by: the target together with others meets the source ("together with 5.1-2");
 * - requires: the source asks at least the target (a label level requiring a provision);
 * - related: co-listed, same topic, "maps to": no claim about breadth.
 */
export const PAIR_KINDS = ['equivalent', 'satisfied-by', 'jointly-satisfied-by', 'requires', 'related'] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

export interface PublicationPair {
  /** Requirement keys of our registry ("etsi-en-303-645:5.1-1"). */
  source: string;
  target: string;
  /** The publication's relationship exactly as the file writes it. */
  written: string;
  kind: PairKind;
  /** How the pair arose when it is not one line of the file: the shared hub item, an expanded range. */
  via: string | null;
}

/** Why a relation of the file gives no pair we can compare. */
export const OUT_OF_SCOPE_REASONS = [
  // The other end is a framework the registry does not hold (ISO/IEC 29147, SP 800-213A, GSMA...).
  'framework-not-in-registry',
  // The framework is held but this id is not among its requirements (IoTSF ids beyond our partial catalog).
  'requirement-not-in-registry',
  // The file names no single requirement ("EN 18031-1 (no clause given)", "Provision 5", an OCF clause of an
  // unnamed specification).
  'unresolved-reference',
  // The file itself says there is no counterpart (OWASP "N/A", OCF "Not Applicable" / "Not Implemented").
  'no-counterpart',
  // The only other requirement on the same hub item belongs to the same framework, or to no registry framework.
  'no-cross-framework-partner',
] as const;
export type OutOfScopeReason = (typeof OUT_OF_SCOPE_REASONS)[number];

export interface OutOfScopeRelation {
  /** The relation as the file states it, shortened to "source -> target". */
  relation: string;
  reason: OutOfScopeReason;
}

/**
 * Which of our relations count as "extra" (we relate them, the publication does not pair them): for each
 * requirement the publication covers, our related requirements in the frameworks the publication pairs it with.
 * A hub-based publication has no sources and targets of its own, so there both are the requirements it placed
 * on some hub item, and pairs within one framework are left out (a publication grouping requirements by topic
 * says nothing about two of the same framework).
 */
export interface ExtraScope {
  sources: { key: string; targetFrameworks: string[] }[];
  /** Only these target requirements (keys); null for every requirement of the target frameworks. */
  targetKeys: string[] | null;
  /** Pairs are unordered: report {a, b} once. */
  unordered: boolean;
}

/** The same target frameworks for every source (a file whose columns are frameworks). */
export function sameTargets(sources: Iterable<string>, targetFrameworks: Iterable<string>): ExtraScope['sources'] {
  const frameworks = [...targetFrameworks];
  return [...sources].map((key) => ({ key, targetFrameworks: frameworks }));
}

export interface Publication {
  format: string;
  title: string;
  /** The file's provenance block, passed through untouched. */
  provenance: unknown;
  /** Pairs come from sharing a hub item (an OCF clause, an OWASP risk), not from stated lines. */
  hubBased: boolean;
  /** Relations (lines) the file holds. */
  relations: number;
  /** In-scope pairs, deduplicated (a pair stated twice, or reached through two hubs, counts once). */
  pairs: PublicationPair[];
  outOfScope: OutOfScopeRelation[];
  extraScope: ExtraScope;
  /** Decisions the adapter took that a reader of the figures must know. */
  notes: string[];
}

/** The registry as the adapters need it: which frameworks and requirements exist, to resolve the file's ids. */
export interface RegistryView {
  hasFramework(frameworkId: string): boolean;
  requirement(key: string): Requirement | undefined;
  /** A framework's requirements in catalog order; empty for an unknown framework. */
  requirementsOf(frameworkId: string): readonly Requirement[];
}

export function registryViewOf(index: CrosswalkIndex): RegistryView {
  return {
    hasFramework: (id) => index.framework(id) !== undefined,
    requirement: (key) => index.requirement(key),
    requirementsOf: (id) => index.frameworkNodes(id).map((n) => index.requirements[n]!),
  };
}

/** A file that is not a published mapping we can read; the message says which formats we can. */
export function badPublication(message: string, pointer = ''): DomainError {
  return new DomainError('invalid_document', message, pointer ? [{ pointer, message }] : []);
}

/** Accumulates pairs in file order, dropping repeats (in both orientations when the pairs are unordered). */
export class PairCollector {
  readonly pairs: PublicationPair[] = [];
  private readonly seen = new Map<string, number>();
  constructor(private readonly unordered: boolean) {}

  add(pair: PublicationPair): void {
    const key = this.unordered && pair.target < pair.source ? `${pair.target}|${pair.source}` : `${pair.source}|${pair.target}`;
    const at = this.seen.get(key);
    if (at === undefined) {
      this.seen.set(key, this.pairs.length);
      this.pairs.push(pair);
    } else if (this.pairs[at]!.via?.startsWith('expanded') && pair.via === null) {
      // A line naming the pair itself says more than a range or a clause that happened to come first.
      this.pairs[at] = pair;
    }
  }
}

/** Reads `value[field]` as an array of objects, or refuses the file. */
export function relationsOf(file: Record<string, unknown>, field = 'relations'): Record<string, unknown>[] {
  const list = file[field];
  if (!Array.isArray(list) || list.some((r) => typeof r !== 'object' || r === null)) {
    throw badPublication(`the file has no "${field}" array of objects`, `/${field}`);
  }
  return list as Record<string, unknown>[];
}

/** A string field of a relation, or refuses the file naming where. */
export function text(relation: Record<string, unknown>, field: string, at: number, listName = 'relations'): string {
  const value = relation[field];
  if (typeof value !== 'string') throw badPublication(`${listName}[${at}].${field} must be a string`, `/${listName}/${at}/${field}`);
  return value;
}

/** Like text(), but null (or absent) is allowed. */
export function optionalText(relation: Record<string, unknown>, field: string, at: number): string | null {
  const value = relation[field];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw badPublication(`relations[${at}].${field} must be a string or null`, `/relations/${at}/${field}`);
  return value;
}
