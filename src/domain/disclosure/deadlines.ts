// Deadlines of a case, computed from the time it was received and the clock the caller passes in (never the
// system clock), so tests move time and watch deadlines fire.
//
// Two deadlines: the acknowledgement (the manufacturer's policy says within how many days) and the coordinated
// publication date (90 days after receipt unless adjusted, with a recorded reason). Before each, reminders;
// after each, an alert. Each notice has a key made of its kind and the deadline it is about, so that sending
// is idempotent (a notice whose key was recorded is never sent twice) and moving a deadline schedules fresh
// notices for the new date.
import type { CaseState } from './case-state.js';
import { isFinal } from './case-state.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_PUBLICATION_DAYS = 90;
export const DEFAULT_ACKNOWLEDGEMENT_DAYS = 7;
/** An adjusted publication date stays within this many days of receipt. */
export const MAX_PUBLICATION_DAYS = 730;

export interface CaseDeadlines {
  acknowledgementDueAt: string;
  publicationDueAt: string;
}

export function initialDeadlines(receivedAt: Date, acknowledgementDays: number, publicationDays = DEFAULT_PUBLICATION_DAYS): CaseDeadlines {
  return {
    acknowledgementDueAt: new Date(receivedAt.getTime() + acknowledgementDays * DAY_MS).toISOString(),
    publicationDueAt: new Date(receivedAt.getTime() + publicationDays * DAY_MS).toISOString(),
  };
}

export const ADJUSTMENT_REASON_MIN = 10;

/** Why a new publication date is refused, or null when it is acceptable. */
export function publicationAdjustmentRefusal(input: { receivedAt: string; state: CaseState; newDate: Date; reason: string; now: Date }): string | null {
  if (isFinal(input.state)) return 'The case is over; its publication date no longer matters.';
  if (input.reason.trim().length < ADJUSTMENT_REASON_MIN) return `Give a reason of at least ${ADJUSTMENT_REASON_MIN} characters; it is kept in the case history.`;
  if (input.newDate.getTime() <= input.now.getTime()) return 'The new publication date must be in the future.';
  const latest = Date.parse(input.receivedAt) + MAX_PUBLICATION_DAYS * DAY_MS;
  if (input.newDate.getTime() > latest) return `The publication date can be at most ${MAX_PUBLICATION_DAYS} days after the report was received.`;
  return null;
}

export const NOTICE_KINDS = ['acknowledgement-reminder', 'acknowledgement-overdue', 'publication-reminder', 'publication-overdue'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export type DeadlineName = 'acknowledgement' | 'publication';

export interface Notice {
  /** Unique per case: the kind, the lead time and the deadline it is about. */
  key: string;
  kind: NoticeKind;
  deadline: DeadlineName;
  dueAt: string;
  /** When the notice becomes due. */
  at: string;
}

/** Reminders this long before each deadline; alerts at the deadline itself. */
export const REMINDER_LEAD_DAYS: Record<DeadlineName, readonly number[]> = { acknowledgement: [2], publication: [14, 7] };

export interface DeadlineSubject extends CaseDeadlines {
  state: CaseState;
  receivedAt: string;
}

function deadlineOpen(c: DeadlineSubject, deadline: DeadlineName): boolean {
  return deadline === 'acknowledgement' ? c.state === 'received' : !isFinal(c.state);
}

/** Every notice a deadline has, in time order (reminders that would fall before receipt are left out). */
function scheduleFor(c: DeadlineSubject, deadline: DeadlineName): Notice[] {
  const dueAt = deadline === 'acknowledgement' ? c.acknowledgementDueAt : c.publicationDueAt;
  const due = Date.parse(dueAt);
  const received = Date.parse(c.receivedAt);
  const notices: Notice[] = [];
  for (const days of REMINDER_LEAD_DAYS[deadline]) {
    const at = due - days * DAY_MS;
    if (at <= received) continue;
    notices.push({ key: `${deadline}-reminder:P${days}D:${dueAt}`, kind: `${deadline}-reminder`, deadline, dueAt, at: new Date(at).toISOString() });
  }
  notices.push({ key: `${deadline}-overdue:${dueAt}`, kind: `${deadline}-overdue`, deadline, dueAt, at: dueAt });
  return notices.sort((a, b) => a.at.localeCompare(b.at));
}

export interface DueNotices {
  /** Notices to send now. */
  send: Notice[];
  /** Notices that became due but are stale (a later notice of the same deadline is also due): recorded, not sent. */
  skip: Notice[];
}

/**
 * The notices due at `now` that were not sent yet. When a run comes late (the server was stopped), only the
 * most recent due notice of each deadline is sent: a reminder that its deadline is near is noise once the
 * deadline has passed.
 */
export function dueNotices(c: DeadlineSubject, now: Date, sentKeys: ReadonlySet<string>): DueNotices {
  const result: DueNotices = { send: [], skip: [] };
  for (const deadline of ['acknowledgement', 'publication'] as const) {
    if (!deadlineOpen(c, deadline)) continue;
    const due = scheduleFor(c, deadline).filter((n) => Date.parse(n.at) <= now.getTime() && !sentKeys.has(n.key));
    const latest = due.at(-1);
    if (!latest) continue;
    result.send.push(latest);
    result.skip.push(...due.slice(0, -1));
  }
  return result;
}

export interface Overdue {
  deadline: DeadlineName;
  dueAt: string;
  /** Whole days past the deadline (0 on the day it passed). */
  daysOverdue: number;
}

/** Deadlines that have passed while still open, for the coordinators' overdue list. */
export function overdueDeadlines(c: DeadlineSubject, now: Date): Overdue[] {
  const result: Overdue[] = [];
  for (const deadline of ['acknowledgement', 'publication'] as const) {
    const dueAt = deadline === 'acknowledgement' ? c.acknowledgementDueAt : c.publicationDueAt;
    const late = now.getTime() - Date.parse(dueAt);
    if (deadlineOpen(c, deadline) && late >= 0) result.push({ deadline, dueAt, daysOverdue: Math.floor(late / DAY_MS) });
  }
  return result;
}

export function isPublicationDue(c: Pick<CaseDeadlines, 'publicationDueAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(c.publicationDueAt);
}
