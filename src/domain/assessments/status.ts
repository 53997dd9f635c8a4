// The words of an assessment (GLOSSARY): a status per requirement, a verdict per framework. Each list is the
// single source of its values: types, JSON schemas, the CLI contract and the web filters derive from them.

/** Of a requirement (or a baseline item, in a declaration) for one release. */
export const STATUSES = ['met', 'partly-met', 'not-met', 'not-applicable', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * What a declaration may answer for a baseline item or a follow-up question. The same words as the statuses,
 * read as degrees: met = all of what the item asks is done; partly-met = some of it, not all; not-met = none
 * of it; not-applicable = it concerns something the product does not have (a reason is required); unknown =
 * not answered yet (a blank template says unknown everywhere).
 */
export const ANSWER_STATUSES = STATUSES;
export type AnswerStatus = Status;

/** Of a framework for one release. */
export const VERDICTS = ['conforms', 'does-not-conform', 'incomplete'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Whether a conditional requirement applies, from the product's facts. */
export const APPLICABILITIES = ['yes', 'no', 'unknown'] as const;
export type Applicability = (typeof APPLICABILITIES)[number];

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}
