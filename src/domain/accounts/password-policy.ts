// Password rules after NIST SP 800-63B section 3.1.1.2: at least 12 characters (counted as Unicode code points
// after NFKC normalisation), at most 1024, not on a list of commonly used or breached passwords, not the
// account's own email or name; and no composition rules (no "one digit, one symbol"), which only push people
// towards predictable patterns.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contextual';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  'too-short': `Use at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good password.`,
  'too-long': `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common: 'This password is on the list of commonly used passwords; choose another.',
  contextual: 'Do not use your email address or your name as your password.',
};

/** The form every password is hashed and checked in. */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

export function checkPassword(
  password: string,
  context: { isCommon: (normalised: string) => boolean; email?: string | null; displayName?: string | null },
): PasswordProblem | null {
  const p = normalisePassword(password);
  const length = [...p].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (context.isCommon(p)) return 'common';
  const lower = p.toLowerCase();
  const words = [context.email, context.email?.split('@')[0], context.displayName]
    .filter((w): w is string => typeof w === 'string' && w.trim().length >= 4)
    .map((w) => w.trim().toLowerCase());
  if (words.includes(lower)) return 'contextual';
  return null;
}
