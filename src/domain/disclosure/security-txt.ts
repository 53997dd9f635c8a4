// RFC 9116 security.txt: writing one (for a manufacturer's own site, and the Platform's own at
// /.well-known/security.txt) and reading one back, strictly enough to catch what the RFC forbids. The CSAF field
// is the one CSAF 2.0 (section 7.1.8) adds so that tools find a provider's metadata from its security.txt.

export interface SecurityTxt {
  /** At least one: mailto:, https: or tel: URIs, in order of preference. */
  contact: string[];
  /** Exactly one: when the file goes stale; RFC 9116 recommends less than a year ahead. */
  expires: Date;
  encryption: string[];
  acknowledgments: string[];
  canonical: string[];
  policy: string[];
  hiring: string[];
  /** Language tags, at most one field. */
  preferredLanguages: string[];
  csaf: string[];
}

export type SecurityTxtInput = Pick<SecurityTxt, 'contact' | 'expires'> & Partial<Omit<SecurityTxt, 'contact' | 'expires'>> & { comment?: string[] };

/** RFC 3339 without fractions of a second, as RFC 9116's examples write it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const ORDER: [keyof SecurityTxt, string][] = [
  ['contact', 'Contact'],
  ['expires', 'Expires'],
  ['encryption', 'Encryption'],
  ['acknowledgments', 'Acknowledgments'],
  ['preferredLanguages', 'Preferred-Languages'],
  ['canonical', 'Canonical'],
  ['policy', 'Policy'],
  ['hiring', 'Hiring'],
  ['csaf', 'CSAF'],
];

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

export function buildSecurityTxt(input: SecurityTxtInput): string {
  const lines = (input.comment ?? []).map((c) => `# ${oneLine(c)}`);
  for (const [key, name] of ORDER) {
    const value = input[key];
    if (value === undefined) continue;
    if (value instanceof Date) lines.push(`${name}: ${rfc3339(value)}`);
    else if (key === 'preferredLanguages') {
      if ((value as string[]).length > 0) lines.push(`${name}: ${(value as string[]).map(oneLine).join(', ')}`);
    } else for (const v of value as string[]) lines.push(`${name}: ${oneLine(v)}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface SecurityTxtProblem {
  line: number;
  message: string;
}

export type SecurityTxtParse = { ok: true; value: SecurityTxt; unknownFields: string[] } | { ok: false; problems: SecurityTxtProblem[] };

const URI_FIELDS: Record<string, keyof SecurityTxt> = {
  contact: 'contact',
  encryption: 'encryption',
  acknowledgments: 'acknowledgments',
  canonical: 'canonical',
  policy: 'policy',
  hiring: 'hiring',
  csaf: 'csaf',
};

// RFC 3339 date-time (section 5.6), with the "T" and "Z" in either case.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
// RFC 5646 language tag, loosely: primary subtag and further subtags of letters and digits.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function uriProblem(field: string, value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${field} must be a URI, got "${value}".`;
  }
  if (url.protocol === 'http:') return `${field}: a web URI must begin with https:// (RFC 9116).`;
  if (field === 'contact' && !['mailto:', 'https:', 'tel:'].includes(url.protocol)) return `Contact must be a mailto:, https:// or tel: URI.`;
  if (field === 'encryption' && !['https:', 'dns:', 'openpgp4fpr:'].includes(url.protocol)) return 'Encryption must be an https://, dns: or openpgp4fpr: URI.';
  if (['canonical', 'policy', 'hiring', 'acknowledgments', 'csaf'].includes(field) && url.protocol !== 'https:') return `${field} must be an https:// URI.`;
  return null;
}

/**
 * Reads a security.txt (RFC 9116, section 4: unsigned; a signed file's OpenPGP armour is not handled). Problems
 * are what the RFC forbids: missing Contact or Expires, repeated Expires or Preferred-Languages, malformed
 * lines, dates or URIs. `now`, when given, also makes an Expires in the past a problem.
 */
export function parseSecurityTxt(text: string, now?: Date): SecurityTxtParse {
  const problems: SecurityTxtProblem[] = [];
  const fields: Omit<SecurityTxt, 'expires'> & { expires: Date[] } = {
    contact: [], expires: [], encryption: [], acknowledgments: [], canonical: [], policy: [], hiring: [], preferredLanguages: [], csaf: [],
  };
  let languageFields = 0;
  const unknownFields: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const match = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(raw);
    if (!match) {
      problems.push({ line, message: `Not a "Field: value" line: "${raw.slice(0, 80)}".` });
      return;
    }
    const name = match[1]!.toLowerCase();
    const value = match[2]!;
    if (value === '') {
      problems.push({ line, message: `${match[1]} has no value.` });
      return;
    }
    if (name === 'expires') {
      const date = new Date(value);
      if (!RFC3339.test(value) || Number.isNaN(date.getTime())) problems.push({ line, message: `Expires must be an RFC 3339 date-time, got "${value}".` });
      else fields.expires.push(date);
    } else if (name === 'preferred-languages') {
      languageFields += 1;
      const tags = value.split(',').map((t) => t.trim());
      for (const tag of tags) if (!LANGUAGE_TAG.test(tag)) problems.push({ line, message: `"${tag}" is not a language tag.` });
      fields.preferredLanguages.push(...tags);
    } else if (URI_FIELDS[name]) {
      const problem = uriProblem(name, value);
      if (problem) problems.push({ line, message: problem });
      (fields[URI_FIELDS[name] as Exclude<keyof SecurityTxt, 'expires' | 'preferredLanguages'>] as string[]).push(value);
    } else {
      unknownFields.push(match[1]!); // RFC 9116 section 2.4: unknown fields are ignored
    }
  });
  if (fields.contact.length === 0) problems.push({ line: 0, message: 'Contact is required.' });
  if (fields.expires.length !== 1) problems.push({ line: 0, message: `Expires must appear exactly once (found ${fields.expires.length}).` });
  if (languageFields > 1) problems.push({ line: 0, message: 'Preferred-Languages may appear at most once.' });
  const expires = fields.expires[0];
  if (expires && now && expires.getTime() <= now.getTime()) problems.push({ line: 0, message: 'Expires is in the past: the file is stale.' });
  if (problems.length > 0 || !expires) return { ok: false, problems };
  return { ok: true, value: { ...fields, expires }, unknownFields };
}
