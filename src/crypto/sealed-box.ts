// Encryption at rest for what reporters, manufacturers and coordinators write in a case: AES-256-GCM with a
// random 96-bit nonce per value, and the value's place (table, row id, field) as additional authenticated data,
// so a ciphertext moved to another row or field no longer opens. Sealed values are text, so both dialects store
// the same bytes:
//
//   v1.<key id>.<nonce>.<tag>.<ciphertext>      (base64url parts; the key id is the first 8 hex of SHA-256(key))
//
// The newest key seals; older keys still open what they sealed, so a key can be rotated without re-encrypting
// everything at once. Keys never leave this module: no logging, no error message that contains one.
//
// Keys are derived (HKDF-SHA256) from the platform's secret key (SECRET_KEY, or var/secret.key made owner-only
// at first start, outside the database), one per purpose, so operators keep a single secret and a key used for
// one purpose never opens another purpose's values.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

export interface Sealer {
  /** Seals text; `context` names where the value lives, e.g. "disclosure_cases:<id>:content". */
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
  sealBytes(bytes: Uint8Array, context: string): string;
  openBytes(sealed: string, context: string): Buffer;
}

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

const KEY_BYTES = 32;

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** A sealer over keys given newest first (each 32 bytes). */
export function createSealer(keys: readonly Buffer[]): Sealer {
  if (keys.length === 0) throw new SealError('At least one encryption key is needed.');
  for (const k of keys) if (k.length !== KEY_BYTES) throw new SealError(`Encryption keys are ${KEY_BYTES} bytes.`);
  const byId = new Map(keys.map((k) => [keyId(k), k]));
  const current = keys[0]!;
  const currentId = keyId(current);

  function sealBytes(bytes: Uint8Array, context: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current, nonce);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
    return ['v1', currentId, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  function openBytes(sealed: string, context: string): Buffer {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== 'v1') throw new SealError('Not a sealed value.');
    const key = byId.get(parts[1]!);
    if (!key) throw new SealError('This value was sealed with a key the server does not have.');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts[2]!, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(parts[3]!, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(parts[4]!, 'base64url')), decipher.final()]);
    } catch {
      throw new SealError('A sealed value failed its integrity check (wrong key, wrong place, or altered).');
    }
  }

  return {
    seal: (plaintext, context) => sealBytes(Buffer.from(plaintext, 'utf8'), context),
    open: (sealed, context) => openBytes(sealed, context).toString('utf8'),
    sealBytes,
    openBytes,
  };
}

/** A purpose's own key from the platform secret key, e.g. purpose "iotspp/disclosure/v1". */
export function deriveKey(secretKey: Buffer, purpose: string): Buffer {
  if (secretKey.length !== KEY_BYTES) throw new SealError(`The secret key must be ${KEY_BYTES} bytes.`);
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), purpose, KEY_BYTES));
}

/** The sealer of disclosure cases (report contents, messages, attachments). */
export function disclosureSealer(secretKey: Buffer): Sealer {
  return createSealer([deriveKey(secretKey, 'iotspp/disclosure/v1')]);
}
