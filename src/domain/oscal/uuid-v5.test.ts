import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { iotsppUuid, sha1, uuidV5 } from './uuid-v5.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  it('matches node:crypto on lengths around the 64-byte block edges and on non-ASCII text', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
    const text = new TextEncoder().encode('Prüfung · 検査 · 🔒');
    expect(hex(sha1(text))).toBe(createHash('sha1').update(text).digest('hex'));
  });
});

describe('uuidV5', () => {
  it('gives the RFC 4122 value for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable, distinct per name and matches the OSCAL UUID pattern', () => {
    const a = iotsppUuid('catalog:etsi-en-303-645');
    expect(iotsppUuid('catalog:etsi-en-303-645')).toBe(a);
    expect(iotsppUuid('catalog:uk-psti')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
