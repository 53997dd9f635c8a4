// A proposal is a motion put to a vote of members. One engine serves every decision the Platform takes:
// admitting a member or an expert advisor, adopting a statement, changing the baseline, re-chartering, and
// changing a Platform setting. Its life: discussion (members read and comment) -> open (the vote runs to its
// closing time) -> approved or refused; a proposer may withdraw it before the vote closes. An approved
// proposal whose effect can no longer be applied (its baseline item was taken by another proposal meanwhile)
// is recorded as lapsed, with the reason, and its tally kept.

import type { Threshold } from './vote-rule.js';
import { audienceIncludes, type Visibility } from './visibility.js';

export const PROPOSAL_KINDS = ['admit-member', 'admit-expert-advisor', 'adopt-statement', 'change-baseline', 'recharter', 'change-setting'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = ['discussion', 'open', 'approved', 'refused', 'lapsed', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const FINAL_STATUSES: readonly ProposalStatus[] = ['approved', 'refused', 'lapsed', 'withdrawn'];

/** Seed 000 fixes the rule of admissions; the other kinds vote by the default unless they state otherwise. */
export function fixedThreshold(kind: ProposalKind): Threshold | null {
  return kind === 'admit-member' || kind === 'admit-expert-advisor' ? 'majority-of-members' : null;
}

/**
 * Decisions of the whole Platform are taken by all its members, so they cannot be governments-only; a
 * statement may be (its drafting then stays among government members, and so does its vote).
 */
export function allowedVisibilities(kind: ProposalKind): readonly Visibility[] {
  return kind === 'adopt-statement' ? ['public', 'members-and-advisors', 'governments-only'] : ['public', 'members-and-advisors'];
}

export interface MemberFact {
  organisationId: string;
  organisationType: string;
}

/**
 * The electorate, fixed when the vote opens: every current member organisation that can see the proposal
 * (for a governments-only statement, the government members; otherwise all members). Sorted, so the stored
 * list is the same whichever order the store returned.
 */
export function electorateFor(visibility: Visibility, members: readonly MemberFact[]): string[] {
  return [...new Set(members.filter((m) => audienceIncludes(visibility, m.organisationType)).map((m) => m.organisationId))].sort();
}

export const MIN_VOTING_PERIOD_MS = 60 * 60 * 1000;
export const MAX_VOTING_PERIOD_MS = 90 * 24 * 60 * 60 * 1000;
export const DEFAULT_VOTING_PERIOD_MS = 14 * 24 * 60 * 60 * 1000;
/** "Closes soon" mail goes this long before the closing time to members who have not voted. */
export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;

export function checkVotingPeriod(now: Date, closesAt: Date): string | null {
  const length = closesAt.getTime() - now.getTime();
  if (Number.isNaN(length)) return 'the closing time is not a date';
  if (length < MIN_VOTING_PERIOD_MS) return 'a vote stays open at least one hour';
  if (length > MAX_VOTING_PERIOD_MS) return 'a vote closes within 90 days';
  return null;
}

/** What the status means at a given time: an open vote past its closing time is being counted. */
export function phase(status: ProposalStatus, closesAt: string | null, now: Date): ProposalStatus | 'counting' {
  if (status === 'open' && closesAt !== null && now.getTime() >= Date.parse(closesAt)) return 'counting';
  return status;
}

export function canOpen(status: ProposalStatus): boolean {
  return status === 'discussion';
}

export function canWithdraw(status: ProposalStatus): boolean {
  return status === 'discussion' || status === 'open';
}

export function canComment(status: ProposalStatus): boolean {
  return status === 'discussion' || status === 'open';
}

export function reminderDue(p: { status: ProposalStatus; openedAt: string | null; closesAt: string | null; reminderSentAt: string | null }, now: Date): boolean {
  if (p.status !== 'open' || p.openedAt === null || p.closesAt === null || p.reminderSentAt !== null) return false;
  const closes = Date.parse(p.closesAt);
  // A vote shorter than the reminder window got its "closes soon" in the opening mail.
  if (closes - Date.parse(p.openedAt) <= REMINDER_BEFORE_MS) return false;
  return now.getTime() >= closes - REMINDER_BEFORE_MS && now.getTime() < closes;
}

export function closeDue(p: { status: ProposalStatus; closesAt: string | null }, now: Date): boolean {
  return p.status === 'open' && p.closesAt !== null && now.getTime() >= Date.parse(p.closesAt);
}

export function isProposalKind(value: string): value is ProposalKind {
  return (PROPOSAL_KINDS as readonly string[]).includes(value);
}
