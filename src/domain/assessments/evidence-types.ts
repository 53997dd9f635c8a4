// Which evidence files the platform keeps, decided from the bytes (never from the uploader's claimed type or
// the file name alone): PDF, PNG, JPEG, and UTF-8 text (plain, CSV, JSON, Markdown). Everything is served back
// as an attachment with its sniffed type, so even a text file holding HTML is never rendered by a browser.

export const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/csv', 'application/json', 'text/markdown'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** 10 MiB: a test report or a screenshot, not a firmware image. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function sniffMediaType(bytes: Uint8Array, name: string): EvidenceMediaType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  const text = utf8Text(bytes);
  if (text === null) return null;
  const ext = name.toLowerCase().slice(name.lastIndexOf('.') + 1);
  if (ext === 'csv') return 'text/csv';
  if (ext === 'md' || ext === 'markdown') return 'text/markdown';
  if (ext === 'json') {
    try {
      JSON.parse(text);
      return 'application/json';
    } catch {
      return 'text/plain';
    }
  }
  return 'text/plain';
}

/** The text when the bytes are UTF-8 without control characters other than tab, line breaks and form feed. */
function utf8Text(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) ? null : text;
}

/** A file name safe to show and to put in Content-Disposition: no path, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'evidence' : cleaned;
}
