// The life of a case, as a pure state machine: which step may follow which. The commands ask `applyStep` and
// never set a state themselves, so every path a case can take is written here and tested as a table.
//
//   received -> acknowledged -> triaged -> fix-in-progress -> fixed -> published
//                     \              \            \
//                      `-> not-reproducible / duplicate (closed; may be reopened)
//
// Publication normally follows a fix. When the coordinated publication date has passed without one, a triaged
// or fix-in-progress case may be published anyway (the advisory then lists the affected releases with no fix):
// a fixed date that the manufacturer can run past indefinitely would not be a deadline.

export const CASE_STATES = [
  'received',
  'acknowledged',
  'triaged',
  'fix-in-progress',
  'fixed',
  'published',
  'not-reproducible',
  'duplicate',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** States in which the case is over: nothing is due any more. */
export const FINAL_STATES = ['published', 'not-reproducible', 'duplicate'] as const satisfies readonly CaseState[];
export const CLOSED_STATES = ['not-reproducible', 'duplicate'] as const satisfies readonly CaseState[];

export const CASE_STEPS = [
  'acknowledge',
  'triage',
  'start-fix',
  'mark-fixed',
  'publish',
  'close-not-reproducible',
  'close-duplicate',
  'reopen',
] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

const OPEN_BEFORE_FIX: readonly CaseState[] = ['received', 'acknowledged', 'triaged'];

/** From which states each step may be taken, and where it leads. */
const STEPS: Record<CaseStep, { from: readonly CaseState[]; to: CaseState }> = {
  acknowledge: { from: ['received'], to: 'acknowledged' },
  triage: { from: ['acknowledged', 'triaged', 'fix-in-progress', 'fixed'], to: 'triaged' },
  'start-fix': { from: ['triaged'], to: 'fix-in-progress' },
  'mark-fixed': { from: ['triaged', 'fix-in-progress'], to: 'fixed' },
  publish: { from: ['triaged', 'fix-in-progress', 'fixed'], to: 'published' },
  'close-not-reproducible': { from: OPEN_BEFORE_FIX, to: 'not-reproducible' },
  'close-duplicate': { from: [...OPEN_BEFORE_FIX, 'fix-in-progress'], to: 'duplicate' },
  reopen: { from: CLOSED_STATES, to: 'acknowledged' },
};

export interface StepContext {
  /** True when the case has a CVSS score (triage done). */
  scored: boolean;
  /** True when the coordinated publication date has passed. */
  publicationDue: boolean;
}

export type StepResult = { ok: true; state: CaseState } | { ok: false; reason: string };

/** Why the step cannot be taken now, or null when it can. */
function refusal(state: CaseState, step: CaseStep, context: StepContext): string | null {
  if (!STEPS[step].from.includes(state)) return `A case that is ${state} cannot take the step "${step}".`;
  if ((step === 'start-fix' || step === 'mark-fixed' || step === 'publish') && !context.scored) return 'Triage the case with a CVSS vector first.';
  if (step === 'publish' && state !== 'fixed' && !context.publicationDue) {
    return 'Only a fixed case can be published before its coordinated publication date.';
  }
  return null;
}

export function applyStep(state: CaseState, step: CaseStep, context: StepContext): StepResult {
  const reason = refusal(state, step, context);
  if (reason !== null) {
    const possible = stepsFrom(state, context);
    return { ok: false, reason: `${reason} Possible now: ${possible.join(', ') || 'nothing more'}.` };
  }
  // Triaging again (a better vector) keeps a later state: the score changes, the work does not go backwards.
  if (step === 'triage' && state !== 'acknowledged') return { ok: true, state };
  return { ok: true, state: STEPS[step].to };
}

/** The steps a case in this state can take now (for the user interface and error messages). */
export function stepsFrom(state: CaseState, context: StepContext): CaseStep[] {
  return CASE_STEPS.filter((step) => refusal(state, step, context) === null);
}

export function isFinal(state: CaseState): boolean {
  return (FINAL_STATES as readonly CaseState[]).includes(state);
}

export function isCaseState(value: string): value is CaseState {
  return (CASE_STATES as readonly string[]).includes(value);
}
