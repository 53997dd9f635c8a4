import { describe, expect, it } from 'vitest';
import { mkdtempSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createSealer, newKeyText, SealError } from './sealed-box.js';
import { loadSealer } from './key-file.js';

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
    const parts = sealed.split('.');
    const last = parts[4]!;
    parts[4] = `${last.slice(0, -1)}${last.endsWith('A') ? 'B' : 'A'}`;
    expect(() => sealer.open(parts.join('.'), 'cases:1:content')).toThrow(SealError);
  });

  it('opens with an older key after rotation and seals with the newest', () => {
    const old = sealer.seal('before rotation', 'c');
    const rotated = createSealer([randomBytes(32), key]);
    expect(rotated.open(old, 'c')).toBe('before rotation');
    expect(() => sealer.open(rotated.seal('after', 'c'), 'c')).toThrow(SealError);
  });
});

describe('the key file', () => {
  it('is created on first use with owner-only permissions, then reused', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iotspp-key-')), 'sub', 'disclosure.key');
    const first = loadSealer({ key: null, file });
    expect(first.created).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadSealer({ key: null, file });
    expect(second.created).toBe(false);
    expect(second.sealer.open(first.sealer.seal('x', 'c'), 'c')).toBe('x');
  });

  it('is refused when others can read it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iotspp-key-')), 'disclosure.key');
    writeFileSync(file, `${newKeyText()}\n`);
    chmodSync(file, 0o644);
    expect(() => loadSealer({ key: null, file })).toThrow(/chmod 600/);
  });

  it('refuses a malformed key without echoing it', () => {
    try {
      loadSealer({ key: 'not-a-key-at-all', file: '/nonexistent' });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain('not-a-key-at-all');
    }
  });
});
