// Random secrets and how they are kept. Every secret we hand out (session cookies, API tokens, one-time links,
// recovery codes) has at least 128 bits of entropy, so a plain SHA-256 of it is a safe thing to store: nobody
// can brute-force the preimage, and lookups by hash stay fast. Passwords, which people choose, get argon2id.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function newId(): string {
  return randomUUID();
}

/** A URL-safe random secret of the given number of bytes (default 32 = 256 bits). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/** A recovery code a person can type: 10 characters in two groups of five, 50 random bits. */
export function recoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => CROCKFORD[b % 32]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
}
