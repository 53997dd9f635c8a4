// A path in plain words for people, and the same path as structured hops for the UI to render or translate.
// The wording itself comes from relationship-wording.ts.
import { parseRequirementKey } from '../frameworks/requirement.js';
import type { CrosswalkIndex } from './crosswalk-index.js';
import type { CrosswalkPath, PathRelationship } from './path.js';
import { conclusionSentence, pathSentence, RELATIONSHIP_PHRASES, requirementLabel } from './relationship-wording.js';

/** Names for the words of a sentence; the index can provide them (see indexLookup). */
export interface PathLookup {
  frameworkShortName(frameworkId: string): string | undefined;
  requirementTitle(key: string): string | undefined;
}

export interface ExplainOptions {
  /** Quote each requirement's title after its id (longer, but readable without the catalogs at hand). */
  titles?: boolean;
}

export interface ExplainedRequirement {
  key: string;
  frameworkId: string;
  /** The framework's short name, or its id when the lookup does not know it. */
  frameworkName: string;
  requirementId: string;
  title: string | null;
  label: string;
}

export interface ExplainedHop {
  from: ExplainedRequirement;
  to: ExplainedRequirement;
  relationship: PathRelationship;
  phrase: string;
  strength: number;
  mappingId: string;
  inverse: boolean;
}

export interface PathExplanation {
  sentence: string;
  /** The composed relation in one clause, or null for a one-hop path (the sentence already says it). */
  conclusion: string | null;
  relationship: PathRelationship;
  strength: number;
  hops: ExplainedHop[];
}

export function indexLookup(index: CrosswalkIndex): PathLookup {
  return {
    frameworkShortName: (frameworkId) => index.framework(frameworkId)?.shortName,
    requirementTitle: (key) => index.requirement(key)?.title,
  };
}

function describe(key: string, lookup: PathLookup, withTitle: boolean): ExplainedRequirement {
  const parsed = parseRequirementKey(key);
  const frameworkId = parsed?.frameworkId ?? '';
  const requirementId = parsed?.requirementId ?? key;
  const frameworkName = (frameworkId && lookup.frameworkShortName(frameworkId)) || frameworkId;
  const title = lookup.requirementTitle(key) ?? null;
  return { key, frameworkId, frameworkName, requirementId, title, label: requirementLabel(frameworkName, requirementId, title, withTitle) };
}

export function explainPath(path: CrosswalkPath, lookup: PathLookup, options: ExplainOptions = {}): PathExplanation {
  const withTitle = options.titles ?? false;
  const seen = new Map<string, ExplainedRequirement>();
  const at = (key: string): ExplainedRequirement => {
    let d = seen.get(key);
    if (!d) seen.set(key, (d = describe(key, lookup, withTitle)));
    return d;
  };
  const hops = path.hops.map(
    (hop): ExplainedHop => ({
      from: at(hop.from),
      to: at(hop.to),
      relationship: hop.relationship,
      phrase: RELATIONSHIP_PHRASES[hop.relationship],
      strength: hop.strength,
      mappingId: hop.mappingId,
      inverse: hop.inverse,
    }),
  );
  const first = at(path.from);
  return {
    sentence: pathSentence(first.label, hops.map((h) => ({ phrase: h.phrase, toLabel: h.to.label }))),
    conclusion: hops.length > 1 ? conclusionSentence(first.label, path.relationship, at(path.to).label) : null,
    relationship: path.relationship,
    strength: path.strength,
    hops,
  };
}
