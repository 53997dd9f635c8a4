// Special interest groups (seed 002): members working on one focus area, each free to define its own working
// method and targets, reporting back to the Platform with dated reports. Seed 002 proposes three focus
// areas; others can be named.

export const FOCUS_AREAS = ['certification-regimes', 'trusted-supply-chain', 'trusted-identity', 'other'] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const PARTICIPANT_KINDS = ['organisation', 'advisor'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export interface Target {
  text: string;
  /** YYYY-MM-DD, or null for an open-ended target. */
  due: string | null;
}

export interface Participant {
  kind: ParticipantKind;
  id: string;
}

/** Who takes part in a group: a member organisation (through its people) or an expert advisor in person. */
export function participantFor(viewer: { member: boolean; advisor: boolean; organisationId: string | null; userId: string | null }): Participant | null {
  if (viewer.member && viewer.organisationId !== null) return { kind: 'organisation', id: viewer.organisationId };
  if (viewer.advisor && viewer.userId !== null) return { kind: 'advisor', id: viewer.userId };
  return null;
}

export function isParticipant(participants: readonly Participant[], p: Participant | null): boolean {
  return p !== null && participants.some((x) => x.kind === p.kind && x.id === p.id);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function checkTargets(targets: readonly Target[]): string[] {
  return targets.flatMap((t, i) => [
    ...(t.text.trim() === '' ? [`target ${i + 1} is empty`] : []),
    ...(t.due !== null && !isDate(t.due) ? [`target ${i + 1} has a due date that is not YYYY-MM-DD`] : []),
  ]);
}
