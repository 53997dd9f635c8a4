// What a report may carry as attachments, checked on the bytes rather than on what the sender claims: a few
// files, small, of types a PSIRT can open safely (text, JSON, PDF, PNG, JPEG, ZIP, packet captures). They are
// always served back as downloads (Content-Disposition: attachment, nosniff), never rendered by the Platform.

export const ATTACHMENT_LIMITS = { maxFiles: 3, maxBytes: 2 * 1024 * 1024, maxTotalBytes: 5 * 1024 * 1024, maxNameLength: 120 } as const;

export const ATTACHMENT_TYPES = [
  'text/plain',
  'application/json',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/zip',
  'application/vnd.tcpdump.pcap',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const BINARY_SIGNATURES: [AttachmentType, number[][]][] = [
  ['image/png', [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]],
  ['image/jpeg', [[0xff, 0xd8, 0xff]]],
  ['application/pdf', [[0x25, 0x50, 0x44, 0x46, 0x2d]]],
  ['application/zip', [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]]],
  [
    'application/vnd.tcpdump.pcap',
    [[0xd4, 0xc3, 0xb2, 0xa1], [0xa1, 0xb2, 0xc3, 0xd4], [0x4d, 0x3c, 0xb2, 0xa1], [0xa1, 0xb2, 0x3c, 0x4d], [0x0a, 0x0d, 0x0d, 0x0a]],
  ],
];

function isText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The type the bytes are, or null when they are none of the accepted types. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  for (const [type, signatures] of BINARY_SIGNATURES) if (signatures.some((s) => startsWith(bytes, s))) return type;
  const text = isText(bytes);
  if (text === null) return null;
  try {
    JSON.parse(text);
    return 'application/json';
  } catch {
    return 'text/plain';
  }
}

/** A file name safe to show and to offer for download: no directories, no control characters, not too long. */
export function safeAttachmentName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').replace(/^\.+/, '').trim();
  const limited = cleaned.length > ATTACHMENT_LIMITS.maxNameLength ? cleaned.slice(cleaned.length - ATTACHMENT_LIMITS.maxNameLength) : cleaned;
  return limited || 'attachment';
}

export interface AttachmentCandidate {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedAttachment {
  name: string;
  type: AttachmentType;
  size: number;
}

export type AttachmentCheck = { ok: true; value: CheckedAttachment[] } | { ok: false; problems: { pointer: string; message: string }[] };

export function checkAttachments(files: readonly AttachmentCandidate[], pointer = 'body/attachments'): AttachmentCheck {
  const problems: { pointer: string; message: string }[] = [];
  if (files.length > ATTACHMENT_LIMITS.maxFiles) problems.push({ pointer, message: `at most ${ATTACHMENT_LIMITS.maxFiles} files` });
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total > ATTACHMENT_LIMITS.maxTotalBytes) problems.push({ pointer, message: `at most ${ATTACHMENT_LIMITS.maxTotalBytes / 1024 / 1024} MiB in all` });
  const checked: CheckedAttachment[] = [];
  files.forEach((f, i) => {
    if (f.bytes.length === 0) problems.push({ pointer: `${pointer}/${i}`, message: 'is empty' });
    else if (f.bytes.length > ATTACHMENT_LIMITS.maxBytes) problems.push({ pointer: `${pointer}/${i}`, message: `is larger than ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MiB` });
    const type = sniffAttachmentType(f.bytes);
    if (type === null) problems.push({ pointer: `${pointer}/${i}`, message: 'is not text, JSON, PDF, PNG, JPEG, ZIP or a packet capture' });
    else checked.push({ name: safeAttachmentName(f.name), type, size: f.bytes.length });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: checked };
}
