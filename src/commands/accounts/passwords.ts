// Password hashing (argon2id with the argon2 package's defaults: 64 MiB, 3 passes, 4 lanes) and the refusal of
// common passwords from data/security/common-passwords.txt, loaded once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import argon2 from 'argon2';
import { DATA_DIR } from '../../catalogs/bundle-paths.js';
import { DomainError } from '../../domain/errors.js';
import { checkPassword, normalisePassword, PASSWORD_PROBLEM_MESSAGES } from '../../domain/accounts/password-policy.js';

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!common) {
    const text = readFileSync(resolve(DATA_DIR, 'security', 'common-passwords.txt'), 'utf8');
    common = new Set(text.split('\n').filter((l) => l !== '' && !l.startsWith('#')));
  }
  return common;
}

export function isCommonPassword(normalised: string): boolean {
  return commonPasswords().has(normalised.toLowerCase());
}

/** Throws password_rejected with a message saying what to do, or returns when the password is acceptable. */
export function assertAcceptablePassword(password: string, context: { email?: string | null; displayName?: string | null } = {}): void {
  const problem = checkPassword(password, { isCommon: isCommonPassword, ...context });
  if (problem) throw new DomainError('password_rejected', PASSWORD_PROBLEM_MESSAGES[problem], [{ pointer: 'password', message: problem }]);
}

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalisePassword(password), { type: argon2.argon2id });
}

// Verifying against this when there is no account keeps the answer time the same, so timing does not tell
// whether an email address has an account.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (password.length > 4096) return false;
  if (hash === null) {
    dummyHash ??= argon2.hash('not a real password, only for timing', { type: argon2.argon2id });
    await argon2.verify(await dummyHash, normalisePassword(password));
    return false;
  }
  try {
    return await argon2.verify(hash, normalisePassword(password));
  } catch {
    return false;
  }
}
