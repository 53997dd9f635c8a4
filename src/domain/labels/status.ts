// A label's status (GLOSSARY): valid, expired, support-ended, withdrawn, superseded. The signed payload never
// changes; what happened since (a withdrawal, a newer release's label, the passing of time) is the label's
// state, kept by the issuer and served at the label's URL. When several apply, the one that matters most to the
// person holding the device wins:
//   withdrawn      an administrator withdrew it (with a reason and a date): its claims must not be relied on;
//   support-ended  the manufacturer no longer provides security updates;
//   superseded     a newer release (or a newer label for the release) replaces it: update the device;
//   expired        the label's own validity is over although support continues: it needs renewing;
//   valid          none of the above.
import { endOfDay } from './dates.js';
import type { LabelPayload } from './payload.js';
import type { WithdrawalReason } from './vocabulary.js';

export const LABEL_STATUSES = ['valid', 'expired', 'support-ended', 'withdrawn', 'superseded'] as const;
export type LabelStatus = (typeof LABEL_STATUSES)[number];

export interface Withdrawal {
  /** When it was withdrawn (ISO 8601 instant). */
  at: string;
  reason: WithdrawalReason;
  /** What the administrator added, as they wrote it. */
  note: string;
}

export interface Supersession {
  labelId: string;
  releaseVersion: string;
  /** When the newer label was issued (ISO 8601 instant). */
  at: string;
}

export interface LabelState {
  withdrawal: Withdrawal | null;
  supersededBy: Supersession | null;
}

export const FRESH_STATE: LabelState = { withdrawal: null, supersededBy: null };

export function supportEnded(payload: Pick<LabelPayload, 'supportEnd'>, now: Date): boolean {
  return now >= endOfDay(payload.supportEnd);
}

export function isExpired(payload: Pick<LabelPayload, 'exp'>, now: Date): boolean {
  return now.getTime() >= payload.exp * 1000;
}

export function labelStatus(payload: Pick<LabelPayload, 'exp' | 'supportEnd'>, state: LabelState, now: Date): LabelStatus {
  if (state.withdrawal !== null) return 'withdrawn';
  if (supportEnded(payload, now)) return 'support-ended';
  if (state.supersededBy !== null) return 'superseded';
  if (isExpired(payload, now)) return 'expired';
  return 'valid';
}

/** Whether a status lets someone rely on the label's claims today. A superseded label stays true of its release. */
export function isGoodStatus(status: LabelStatus): boolean {
  return status === 'valid' || status === 'superseded';
}
