// Every English word the crosswalk shows lives here, so that a translation replaces one file. Each phrase reads
// a relationship from the left-hand requirement: "A <phrase> B".
import type { Relationship } from './relationship.js';

export const RELATIONSHIP_PHRASES: Readonly<Record<Relationship, string>> = Object.freeze({
  equivalent: 'is equivalent to',
  'subset-of': 'is part of (subset of)',
  'superset-of': 'includes (superset of)',
  'intersects-with': 'overlaps with',
  'no-relationship': 'has no relationship to',
});

/** "ETSI EN 303 645 5.1-1", with the title in quotes when asked for and known. */
export function requirementLabel(frameworkName: string, requirementId: string, title: string | null, withTitle: boolean): string {
  const name = frameworkName === '' ? requirementId : `${frameworkName} ${requirementId}`;
  return withTitle && title ? `${name} ("${title}")` : name;
}

/** One sentence, one clause per hop: "A is equivalent to B, which includes (superset of) C." */
export function pathSentence(firstLabel: string, hops: readonly { phrase: string; toLabel: string }[]): string {
  const clauses = hops.map((hop, i) => `${i === 0 ? '' : 'which '}${hop.phrase} ${hop.toLabel}`);
  return clauses.length === 0 ? `${firstLabel}.` : `${firstLabel} ${clauses.join(', ')}.`;
}

/** What the whole path implies, for paths of more than one hop: "So A is part of (subset of) C." */
export function conclusionSentence(fromLabel: string, relationship: Relationship, toLabel: string): string {
  return `So ${fromLabel} ${RELATIONSHIP_PHRASES[relationship]} ${toLabel}.`;
}
