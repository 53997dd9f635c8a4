import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadSecretKey, secretBox, SecretKeyError } from './secret-box.js';

describe('secret box', () => {
  it('seals and opens, and refuses another key or altered text', () => {
    const box = secretBox(randomBytes(32));
    const sealed = box.seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(secretBox(randomBytes(32)).open(sealed)).toBeNull();
    expect(box.open(`${sealed.slice(0, -2)}AA`)).toBeNull();
    expect(box.open('plain text')).toBeNull();
  });

  it('creates a private key file once and reads it back; refuses a wrong-sized SECRET_KEY', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iotspp-key-')), 'var', 'secret.key');
    const key = loadSecretKey(undefined, file);
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(undefined, file).equals(key)).toBe(true);
    expect(() => loadSecretKey('c2hvcnQ=', file)).toThrow(SecretKeyError);
  });
});
