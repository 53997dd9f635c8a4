// Names of cases and advisories. A case's tracking id is what the reporter quotes; it is random, so it says
// nothing about how many reports a manufacturer gets, but it is not a secret: reading a case always takes the
// private link's capability token or a signed-in participant. Advisory ids count up per year, as CSAF
// publishers' ids usually do.

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "VR-7K3M-9QXA" from 8 random bytes (40 bits used). */
export function caseTrackingId(random: Uint8Array): string {
  if (random.length < 8) throw new Error('caseTrackingId needs 8 random bytes');
  const chars = [...random.slice(0, 8)].map((b) => CROCKFORD[b % 32]).join('');
  return `VR-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

export const CASE_TRACKING_ID_PATTERN = /^VR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function isCaseTrackingId(value: string): boolean {
  return CASE_TRACKING_ID_PATTERN.test(value);
}

export const ADVISORY_PREFIX = 'IOTSPP';

/** "IOTSPP-2026-0007": the seventh advisory whose initial release falls in 2026. */
export function advisoryTrackingId(year: number, sequence: number): string {
  return `${ADVISORY_PREFIX}-${year}-${String(sequence).padStart(4, '0')}`;
}

export const ADVISORY_ID_PATTERN = /^IOTSPP-\d{4}-\d{4,}$/;
