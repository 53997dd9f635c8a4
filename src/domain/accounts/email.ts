// Email addresses identify accounts. They are compared case-insensitively (the local part is case-sensitive
// in theory, never in practice), so we keep one normalised form: trimmed and lower-cased.

export const EMAIL_MAX_LENGTH = 254;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A deliberately loose check: one @, something on both sides, a dot in the domain, no spaces. */
export function isPlausibleEmail(email: string): boolean {
  const e = email.trim();
  return e.length <= EMAIL_MAX_LENGTH && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e);
}
