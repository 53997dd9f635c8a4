import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createSealer, deriveKey, disclosureSealer, SealError } from './sealed-box.js';

describe('sealed values', () => {
  const key = randomBytes(32);
  const sealer = createSealer([key]);

  it('round-trips text and bytes, with a fresh nonce every time', () => {
    const a = sealer.seal('the secret report', 'cases:1:content');
    const b = sealer.seal('the secret report', 'cases:1:content');
    expect(a).not.toBe(b);
    expect(a).not.toContain('secret');
    expect(sealer.open(a, 'cases:1:content')).toBe('the secret report');
    const bytes = randomBytes(100);
    expect(sealer.openBytes(sealer.sealBytes(bytes, 'x'), 'x').equals(bytes)).toBe(true);
  });

  it('does not open in another place, with another key, or after any change', () => {
    const sealed = sealer.seal('the secret report', 'cases:1:content');
    expect(() => sealer.open(sealed, 'cases:2:content')).toThrow(SealError);
    expect(() => createSealer([randomBytes(32)]).open(sealed, 'cases:1:content')).toThrow(SealError);
    // Flip one bit of the ciphertext itself (editing a base64 character could touch only its padding bits).
    const parts = sealed.split('.');
    const bytes = Buffer.from(parts[4]!, 'base64url');
    bytes[0] = bytes[0]! ^ 1;
    parts[4] = bytes.toString('base64url');
    expect(() => sealer.open(parts.join('.'), 'cases:1:content')).toThrow(SealError);
  });

  it('opens with an older key after rotation and seals with the newest', () => {
    const old = sealer.seal('before rotation', 'c');
    const rotated = createSealer([randomBytes(32), key]);
    expect(rotated.open(old, 'c')).toBe('before rotation');
    expect(() => sealer.open(rotated.seal('after', 'c'), 'c')).toThrow(SealError);
  });
});

describe('purpose keys', () => {
  it('derive a different key per purpose from one secret, deterministically', () => {
    const secret = randomBytes(32);
    const sealed = disclosureSealer(secret).seal('report', 'c');
    expect(disclosureSealer(secret).open(sealed, 'c')).toBe('report');
    expect(deriveKey(secret, 'a').equals(deriveKey(secret, 'b'))).toBe(false);
    expect(deriveKey(secret, 'iotspp/disclosure/v1').equals(secret)).toBe(false);
    expect(() => disclosureSealer(randomBytes(32)).open(sealed, 'c')).toThrow(SealError);
  });
});
