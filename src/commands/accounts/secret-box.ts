// Encryption at rest for the few secrets the platform must be able to read back: TOTP seeds (a verifier needs
// the seed itself, so it cannot be hashed). AES-256-GCM with a key kept outside the database (SECRET_KEY, or the
// file var/secret.key made at first start), so a copy of the database alone does not yield second factors.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SecretBox {
  seal(plain: string): string;
  /** The plain text, or null when the value was sealed with another key or altered. */
  open(sealed: string): string | null;
}

const VERSION = 'v1';

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed) {
      if (!sealed.startsWith(`${VERSION}:`)) return null;
      const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

export class SecretKeyError extends Error {}

/** SECRET_KEY (base64 of 32 bytes) when set; otherwise the key file, created with mode 0600 if missing. */
export function loadSecretKey(env: string | undefined, file: string): Buffer {
  if (env) {
    const key = Buffer.from(env, 'base64');
    if (key.length !== 32) throw new SecretKeyError('SECRET_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)');
    return key;
  }
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return loadSecretKey(readFileSync(file, 'utf8').trim(), file);
}
