// The charter: the Platform's term, with its goals and deliverables to a date (seed 000: "clear goals and
// deliverables through the end of 2019. After that, they may choose to re-charter and continue their work,
// at their discretion"). The first term is recorded by an administrator; every later one by an adopted
// re-charter proposal.

import { isDate } from './special-interest-groups.js';

export interface CharterTerm {
  startsOn: string;
  endsOn: string;
  goals: string[];
  deliverables: string[];
}

export function checkTerm(t: CharterTerm): string[] {
  const problems: string[] = [];
  if (!isDate(t.startsOn)) problems.push('startsOn is not a date (YYYY-MM-DD)');
  if (!isDate(t.endsOn)) problems.push('endsOn is not a date (YYYY-MM-DD)');
  if (isDate(t.startsOn) && isDate(t.endsOn) && t.endsOn < t.startsOn) problems.push('the term ends before it starts');
  if (t.goals.filter((g) => g.trim() !== '').length === 0) problems.push('a term states at least one goal');
  return problems;
}

/** The term in force on a day: the latest-starting term that covers it, else none (the charter has lapsed). */
export function termInForce<T extends CharterTerm>(terms: readonly T[], today: string): T | null {
  const covering = terms.filter((t) => t.startsOn <= today && today <= t.endsOn);
  return covering.sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))[0] ?? null;
}
