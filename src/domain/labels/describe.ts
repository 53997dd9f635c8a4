// The status of a label in plain words, for the public page, the artwork and the registry: a title, the one
// sentence that matters ("This device gets security updates until 31 March 2029."), and advice where needed.
import { lastDayBefore } from './dates.js';
import type { LabelPayload } from './payload.js';
import type { LabelState, LabelStatus } from './status.js';
import { formatDate, messagesFor, type LabelLanguage } from './texts/index.js';

export interface StatusText {
  status: LabelStatus;
  title: string;
  sentence: string;
  advice: string | null;
}

export function describeStatus(status: LabelStatus, payload: Pick<LabelPayload, 'exp' | 'supportEnd'>, state: LabelState, language: LabelLanguage): StatusText {
  const m = messagesFor(language);
  const date = (iso: string) => formatDate(iso, language);
  const title = m.statusTitle[status];
  switch (status) {
    case 'valid':
      return { status, title, sentence: m.supportedUntil(date(payload.supportEnd)), advice: null };
    case 'support-ended':
      return { status, title, sentence: m.supportEndedOn(date(payload.supportEnd)), advice: null };
    case 'expired':
      return { status, title, sentence: m.expiredOn(date(lastDayBefore(payload.exp)), date(payload.supportEnd)), advice: null };
    case 'superseded':
      return { status, title, sentence: m.supersededBy(state.supersededBy?.releaseVersion ?? ''), advice: m.supportedUntil(date(payload.supportEnd)) };
    case 'withdrawn': {
      const w = state.withdrawal!;
      return { status, title, sentence: m.withdrawnOn(date(w.at), m.withdrawalReason[w.reason]), advice: m.withdrawnAdvice };
    }
  }
}

/** "Meets 2 of 3 frameworks assessed", or that the label claims nothing. */
export function conformanceSummary(payload: Pick<LabelPayload, 'conformance'>, language: LabelLanguage): string {
  const m = messagesFor(language);
  if (payload.conformance.length === 0) return m.noClaims;
  return m.conformanceSummary(payload.conformance.filter((c) => c.verdict === 'conforms').length, payload.conformance.length);
}
