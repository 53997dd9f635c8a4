// What the declaration schema cannot see: facts that contradict the release profile, dates out of order, and
// (when the registry is at hand) answers naming baseline items or follow-up requirements that do not exist.
// Every problem has the JSON pointer of what is wrong and a hint that says how to fix it.
import type { Declaration } from './declaration.js';
import { PRODUCT_FACTS } from './product-facts.js';
import { factsFromProfile } from './product-profile.js';

export interface DeclarationProblem {
  pointer: string;
  message: string;
  hint: string;
}

/** What the registry knows, for checking ids: baseline item ids, and requirement ids by framework id. */
export interface DeclarationVocabulary {
  baselineVersion: string;
  items: ReadonlySet<string>;
  requirements: ReadonlyMap<string, ReadonlySet<string>>;
}

/** RFC 6901: "~" and "/" in a key are escaped as "~0" and "~1". */
export function pointer(...parts: string[]): string {
  return parts.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function checkDeclaration(declaration: Declaration, vocabulary?: DeclarationVocabulary): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  const release = declaration.release ?? {};
  const derived = factsFromProfile(release);
  for (const fact of PRODUCT_FACTS) {
    const stated = declaration.facts?.[fact];
    const from = derived[fact];
    if (stated === undefined || stated === null || !from || from.value === stated) continue;
    problems.push({
      pointer: pointer('facts', fact),
      message: `says ${stated}, but release.${from.field} (${JSON.stringify(release[from.field])}) means ${from.value}`,
      hint: `remove "${fact}" from facts (the release profile decides it) or correct release.${from.field}`,
    });
  }
  if (release.date && release.supportEnd && release.supportEnd < release.date) {
    problems.push({ pointer: '/release/supportEnd', message: `ends (${release.supportEnd}) before the release date (${release.date})`, hint: 'the support period ends on or after the release date' });
  }
  if (vocabulary) problems.push(...checkIds(declaration, vocabulary));
  return problems;
}

function checkIds(declaration: Declaration, vocabulary: DeclarationVocabulary): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  for (const id of Object.keys(declaration.answers)) {
    if (vocabulary.items.has(id)) continue;
    problems.push({ pointer: pointer('answers', id), message: `"${id}" is not an item of baseline ${vocabulary.baselineVersion}`, hint: suggestion(id, vocabulary.items, 'baseline items') });
  }
  for (const [frameworkId, answers] of Object.entries(declaration.followUp ?? {})) {
    const requirements = vocabulary.requirements.get(frameworkId);
    if (!requirements) {
      problems.push({ pointer: pointer('followUp', frameworkId), message: `"${frameworkId}" is not a framework that can be assessed`, hint: suggestion(frameworkId, new Set(vocabulary.requirements.keys()), 'frameworks') });
      continue;
    }
    for (const id of Object.keys(answers)) {
      if (requirements.has(id)) continue;
      problems.push({ pointer: pointer('followUp', frameworkId, id), message: `"${id}" is not a requirement of ${frameworkId}`, hint: suggestion(id, requirements, `${frameworkId} requirements`) });
    }
  }
  return problems;
}

/** "did you mean B-AUTH-1?" for a near miss (case, dashes, one or two typos), else the list to choose from. */
function suggestion(id: string, known: ReadonlySet<string>, what: string): string {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = norm(candidate) === norm(id) ? 0 : distance(norm(candidate), norm(id), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== null) return `did you mean "${best}"?`;
  const list = [...known];
  return `use one of the ${what}: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', ...' : ''}`;
}

/** Levenshtein distance, giving up (returning limit) once it reaches the limit. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) >= limit) return limit;
    prev = row;
  }
  return Math.min(prev[b.length]!, limit);
}
