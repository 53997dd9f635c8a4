// When our relationship between two requirements agrees with what a publication says about them. Our
// relationship is read "source RELATIONSHIP target" in the publication's direction; docs/mapping-quality.md
// carries the same table in words.
import type { Relationship } from '../relationship.js';
import type { PairKind } from './publication.js';

export const VERDICTS = ['agree', 'contradict', 'missed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The relationships compatible with each kind of claim. A stated no-relationship is compatible with none; no
 * relationship at all (we do not relate the two) is a miss, never a contradiction.
 * - satisfied-by (meeting the target is deemed to meet the source): the source must be contained in the
 *   target: equivalent or subset-of. superset-of or intersects-with would say the target leaves part of the
 *   source unmet, which is what the publication denies.
 * - requires (the source asks at least the target): the source must contain the target: equivalent or
 *   superset-of.
 * - equivalent is both at once (each is deemed to meet the other), so only equivalent is compatible: a
 *   subset-of, superset-of or intersects-with of ours denies one direction of the recognition.
 * - jointly-satisfied-by (the target together with others meets the source): any overlap is compatible,
 *   since the publication says the target is part of what meets the source and nothing about breadth.
 * - related (co-listed, same topic): any determined relationship; only saying "unrelated" contradicts.
 */
export const COMPATIBLE: Readonly<Record<PairKind, readonly Relationship[]>> = {
  equivalent: ['equivalent'],
  'satisfied-by': ['equivalent', 'subset-of'],
  'jointly-satisfied-by': ['equivalent', 'subset-of', 'superset-of', 'intersects-with'],
  requires: ['equivalent', 'superset-of'],
  related: ['equivalent', 'subset-of', 'superset-of', 'intersects-with'],
};

export function verdictFor(kind: PairKind, ours: Relationship | null): Verdict {
  if (ours === null) return 'missed';
  return COMPATIBLE[kind].includes(ours) ? 'agree' : 'contradict';
}
