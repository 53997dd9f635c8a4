import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, checkAttachments, safeAttachmentName, sniffAttachmentType } from './attachments.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('attachments', () => {
  it.each([
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [text('%PDF-1.7\n'), 'application/pdf'],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0), 'application/zip'],
    [bytes(0xd4, 0xc3, 0xb2, 0xa1, 0), 'application/vnd.tcpdump.pcap'],
    [text('{"a":1}'), 'application/json'],
    [text('curl -k https://192.0.2.1/cgi-bin/;id'), 'text/plain'],
    [bytes(0x4d, 0x5a, 0x90, 0x00), null], // a Windows executable
    [bytes(0xc3, 0x28), null], // not UTF-8
  ])('sniffs %#', (b, type) => {
    expect(sniffAttachmentType(b)).toBe(type);
  });

  it('keeps only a harmless base name', () => {
    expect(safeAttachmentName('../../etc/passwd')).toBe('passwd');
    expect(safeAttachmentName('C:\\temp\\poc.py')).toBe('poc.py');
    expect(safeAttachmentName('.htaccess')).toBe('htaccess');
    expect(safeAttachmentName('a"\u0007b.txt')).toBe('ab.txt');
    expect(safeAttachmentName('')).toBe('attachment');
  });

  it('refuses too many, too large, empty and unknown files, pointing at each', () => {
    const big = new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1).fill(0x41);
    const result = checkAttachments([
      { name: 'a.txt', bytes: text('ok') },
      { name: 'b.bin', bytes: bytes(0x4d, 0x5a, 0x90, 0x00) },
      { name: 'c.txt', bytes: big },
      { name: 'd.txt', bytes: new Uint8Array(0) },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.pointer)).toEqual(['body/attachments', 'body/attachments/1', 'body/attachments/2', 'body/attachments/3']);
  });
});
