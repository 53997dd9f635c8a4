// `iotspp label verify`: reads a label from a file or a URL and a key set from a file or a URL, verifies the
// label offline, then (online) asks its issuer for its status so a withdrawal is caught.
//   - The keys are the trust anchor. With --jwks they are exactly what the user names. Without it, a label read
//     from a URL is checked against the key set of that same site (/.well-known/jwks.json), and must name that
//     site as its issuer; a label file needs --jwks (there is no site to ask).
//   - The issuer's status is asked only after the signature is proved, so the status URL comes from signed
//     claims, never from an attacker's bytes.
//   - Online is the default when a URL is involved; --offline never touches the network, --online asks even for
//     files. If the status cannot be fetched, the offline result stands and says so (online: "unavailable").
import { readFileSync } from 'node:fs';
import { DomainError } from '../../domain/errors.js';
import { LABEL_STATUSES, type LabelStatus, type Withdrawal } from '../../domain/labels/status.js';
import { parseJwks, type Jwks } from '../../labels-crypto/jwks.js';
import { MAX_LABEL_BYTES, verifyLabel, type OnlineStatus, type VerifyResult } from '../../labels-crypto/verify-label.js';

export interface VerifySourceInput {
  label: string;
  jwks: string | null;
  /** true: ask the issuer for the status; false: never; null: when a URL is involved. */
  online: boolean | null;
  now: Date;
  fetch?: typeof fetch;
}

export interface VerifySourceResult extends VerifyResult {
  online: 'checked' | 'skipped' | 'unavailable';
  source: { label: string; jwks: string };
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const TIMEOUT_MS = 10_000;

async function fetchText(f: typeof fetch, url: string, accept: string, limit: number): Promise<string> {
  let res: Response;
  try {
    res = await f(url, { headers: { accept }, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    throw new DomainError('unavailable', `Could not fetch ${url}: ${(e as Error).message}`);
  }
  if (res.status === 404) throw new DomainError('label_not_found', `${url} answered 404 (no such label or key set).`);
  if (!res.ok) throw new DomainError('unavailable', `${url} answered ${res.status}.`);
  const text = await res.text();
  if (text.length > limit) throw new DomainError('bad_request', `${url} sent more than ${limit} bytes.`);
  return text;
}

function readLocal(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new DomainError('not_found', `Cannot read the ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}

/** The label URL as typed (a page /l/ID, or /l/ID.jws): fetch its signed form. */
function jwsUrlOf(url: string): string {
  const u = new URL(url);
  u.search = '';
  if (/^\/l\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('.jws')) u.pathname += '.jws';
  return u.toString();
}

function parseStatus(value: unknown): OnlineStatus | null {
  const v = value as { status?: unknown; withdrawal?: unknown } | null;
  if (!v || typeof v.status !== 'string' || !(LABEL_STATUSES as readonly string[]).includes(v.status)) return null;
  return { status: v.status as LabelStatus, withdrawal: (v.withdrawal ?? null) as Withdrawal | null };
}

export async function verifyLabelSource(input: VerifySourceInput): Promise<VerifySourceResult> {
  const f = input.fetch ?? fetch;
  const labelText = isUrl(input.label) ? await fetchText(f, jwsUrlOf(input.label), 'application/jose', MAX_LABEL_BYTES) : readLocal(input.label, 'label file');

  let jwksWhere: string;
  if (input.jwks) jwksWhere = input.jwks;
  else if (isUrl(input.label)) jwksWhere = new URL('/.well-known/jwks.json', input.label).toString();
  else throw new DomainError('bad_request', 'Name the issuer\'s public keys with --jwks FILE|URL (a saved /.well-known/jwks.json) to verify a label file.');
  const jwksText = isUrl(jwksWhere) ? await fetchText(f, jwksWhere, 'application/jwk-set+json, application/json', 256 * 1024) : readLocal(jwksWhere, 'key set');
  let jwks: Jwks;
  try {
    jwks = parseJwks(JSON.parse(jwksText), jwksWhere);
  } catch (e) {
    throw new DomainError('invalid_document', e instanceof SyntaxError ? `${jwksWhere} is not JSON.` : (e as Error).message);
  }

  const source = { label: input.label, jwks: jwksWhere };
  let result = await verifyLabel(labelText, jwks, { now: input.now });
  const wantOnline = input.online ?? (isUrl(input.label) || isUrl(jwksWhere));
  if (!result.claims) return { ...result, online: 'skipped', source };

  // Keys fetched from a site vouch for labels of that site only.
  if (isUrl(jwksWhere) && new URL(result.claims.iss).origin !== new URL(jwksWhere).origin) {
    return { ...result, valid: false, reason: 'invalid-claims', message: `The label names ${result.claims.iss} as its issuer, but was checked with the keys of ${new URL(jwksWhere).origin}.`, online: 'skipped', source };
  }
  if (!wantOnline) return { ...result, online: 'skipped', source };

  const statusUrl = `${result.claims.iss.replace(/\/+$/, '')}/api/labels/${encodeURIComponent(result.claims.jti)}/status`;
  let online: OnlineStatus | null = null;
  try {
    online = parseStatus(JSON.parse(await fetchText(f, statusUrl, 'application/json', 64 * 1024)));
  } catch {
    online = null;
  }
  if (!online) return { ...result, online: 'unavailable', source };
  result = await verifyLabel(labelText, jwks, { now: input.now, online });
  return { ...result, online: 'checked', source };
}
