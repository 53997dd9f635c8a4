// Why a requirement has its status: one reason per fact consulted (conditions, each baseline answer that feeds
// it, a follow-up answer, its children), each with a sentence in English and the structured fields a user
// interface needs to say it in another language.
import type { Relationship } from '../crosswalk/relationship.js';
import type { ProductFact } from './product-facts.js';
import type { Evidence } from './declaration.js';
import type { Gives } from './derivation-rules.js';
import type { AnswerStatus, Status } from './status.js';

export const REASON_KINDS = ['condition', 'baseline', 'follow-up', 'children', 'conflict', 'not-reached'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export type Reason =
  | { kind: 'condition'; text: string; conditionId: string; condition: string; fact: ProductFact | null; factValue: boolean | null; holds: boolean | null }
  | {
      kind: 'baseline';
      text: string;
      item: string;
      itemTitle: string;
      answer: AnswerStatus;
      /** "requirement RELATIONSHIP item" */
      relationship: Relationship;
      gives: Gives;
      mappingId: string;
      strength: number;
      rationale: string;
      answerReason: string | null;
      evidence: Evidence[];
    }
  | { kind: 'follow-up'; text: string; answer: AnswerStatus; gives: Gives; answerReason: string | null; evidence: Evidence[] }
  | { kind: 'children'; text: string; gives: Gives; children: { id: string; status: Status }[] }
  | { kind: 'conflict'; text: string }
  | { kind: 'not-reached'; text: string };

const RELATIONSHIP_WORDS: Record<Relationship, string> = {
  equivalent: 'is equivalent to it',
  'subset-of': 'is a subset of it (the item asks at least as much)',
  'superset-of': 'is a superset of it (the requirement asks more)',
  'intersects-with': 'intersects with it (each asks something the other does not)',
  'no-relationship': 'has no relationship with it',
};

export const GIVES_WORDS: Record<Gives, string> = {
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
  'at-least-partly-met': 'at least partly met (the baseline does not ask the rest)',
  'at-most-partly-met': 'at most partly met (a part it demands is missing)',
  'not-applicable': 'not applicable',
  nothing: 'nothing either way',
};

const ANSWER_WORDS: Record<AnswerStatus, string> = {
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
  'not-applicable': 'not applicable',
  unknown: 'not answered',
};

export function baselineReasonText(item: string, itemTitle: string, answer: AnswerStatus, relationship: Relationship, gives: Gives): string {
  return `${item} (${itemTitle}) is ${ANSWER_WORDS[answer]}; the requirement ${RELATIONSHIP_WORDS[relationship]}, which gives: ${GIVES_WORDS[gives]}.`;
}

export function followUpReasonText(answer: AnswerStatus, gives: Gives): string {
  return `The follow-up answer is ${ANSWER_WORDS[answer]}, which gives: ${GIVES_WORDS[gives]}.`;
}

export function conditionReasonText(condition: string, fact: ProductFact | null, value: boolean | null, holds: boolean | null): string {
  if (fact === null) return `No product fact decides the condition "${condition}".`;
  if (value === null) return `Whether it applies depends on "${condition}" (product fact ${fact}), which the declaration does not state.`;
  const stated = `${fact}: ${value ? 'yes' : 'no'}`;
  return holds ? `Applies: ${condition} (${stated}).` : `Does not apply: it is not the case that ${condition} (${stated}).`;
}

export function childrenReasonText(gives: Gives, children: { id: string; status: Status }[]): string {
  if (gives === 'not-applicable') return `None of its sub-requirements applies (${children.map((c) => c.id).join(', ')}).`;
  const list = children.map((c) => `${c.id} ${c.status}`).join(', ');
  return `Its sub-requirements (${list}) give: ${GIVES_WORDS[gives]}.`;
}

export function conflictReasonText(sources: string[]): string {
  return `The answers conflict (${sources.join('; ')}): the most restrictive result stands.`;
}

export const NOT_REACHED_TEXT = 'No baseline item reaches this requirement (none, or only no-relationship mappings).';
