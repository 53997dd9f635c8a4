// Verifying a label, offline, with a key set the verifier trusts. Each refusal has a stable reason:
//   malformed        not three canonical base64url parts, a header or payload that is not JSON, a foreign typ,
//                    or a critical header we do not understand;
//   wrong-algorithm  anything but EdDSA: "none", HS256 with the public key as HMAC secret (algorithm confusion),
//                    RS256... The algorithm is fixed by us, never taken from the header;
//   unknown-key      no key with the header's kid in the trusted set (keys embedded in the header are ignored);
//   bad-signature    the signature does not match: a byte changed, or another key signed it;
//   invalid-claims   signed, but not an iotspp-label/1 payload;
//   not-yet-valid    issued in the future (beyond a minute of clock skew);
//   expired          past its exp;
//   withdrawn        the issuer withdrew it (known only online, from the label's status).
// Canonical base64url matters: the last character of a segment carries spare bits that decoders ignore, so
// without the check two different strings would verify as the same label.
import { compactVerify, importJWK, type CryptoKey, type JWK } from 'jose';
import { LABEL_JWS_TYPE, type LabelPayload } from '../domain/labels/payload.js';
import { parseLabelPayload } from '../domain/labels/parse-payload.js';
import type { LabelStatus, Withdrawal } from '../domain/labels/status.js';
import { LABEL_ALG, type Jwks } from './jwks.js';

export const VERIFY_REASONS = ['ok', 'malformed', 'wrong-algorithm', 'unknown-key', 'bad-signature', 'invalid-claims', 'not-yet-valid', 'expired', 'withdrawn'] as const;
export type VerifyReason = (typeof VERIFY_REASONS)[number];

/** What the issuer says about the label now (GET /api/labels/:id/status), for online verification. */
export interface OnlineStatus {
  status: LabelStatus;
  withdrawal: Withdrawal | null;
}

export interface VerifyResult {
  valid: boolean;
  reason: VerifyReason;
  message: string;
  /** The claims, once the signature is proved (also when expired or withdrawn); null before that. */
  claims: LabelPayload | null;
  kid: string | null;
  /** The issuer's status, when it was asked. */
  status: LabelStatus | null;
}

export interface VerifyOptions {
  now: Date;
  online?: OnlineStatus | null;
}

export const MAX_LABEL_BYTES = 32 * 1024;
const SKEW_SECONDS = 60;
const KNOWN_HEADER = new Set(['alg', 'kid', 'typ']);
const B64URL = /^[A-Za-z0-9_-]+$/;

function decodeSegment(segment: string): Uint8Array | null {
  if (!B64URL.test(segment)) return null;
  const bytes = Buffer.from(segment, 'base64url');
  return bytes.toString('base64url') === segment ? bytes : null;
}

function jsonOf(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

export interface LabelVerifier {
  verify(jws: string, options: VerifyOptions): Promise<VerifyResult>;
}

/** A verifier over one trusted key set; keys are imported once and reused. */
export function createLabelVerifier(jwks: Jwks): LabelVerifier {
  const imported = new Map<string, Promise<CryptoKey>>();
  const keyFor = (kid: string) => {
    const jwk = jwks.keys.find((k) => k.kid === kid);
    if (!jwk) return null;
    let key = imported.get(kid);
    if (!key) {
      key = importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x } as JWK, LABEL_ALG) as Promise<CryptoKey>;
      imported.set(kid, key);
    }
    return key;
  };

  return {
    async verify(input, options) {
      const result = (reason: VerifyReason, message: string, rest: Partial<VerifyResult> = {}): VerifyResult => ({
        valid: reason === 'ok',
        reason,
        message,
        claims: null,
        kid: null,
        status: null,
        ...rest,
      });
      const jws = input.trim();
      if (jws.length > MAX_LABEL_BYTES) return result('malformed', `The label is larger than ${MAX_LABEL_BYTES} bytes.`);
      const parts = jws.split('.');
      if (parts.length !== 3) return result('malformed', 'Not a compact JWS (three parts separated by dots).');
      // The header first: an unsigned ("alg": "none") label has an empty signature part, and should be refused
      // for its algorithm rather than its shape.
      const h = decodeSegment(parts[0]!);
      const header = h ? (jsonOf(h) as Record<string, unknown> | undefined) : undefined;
      if (typeof header !== 'object' || header === null || Array.isArray(header)) return result('malformed', 'The header is not canonical base64url of a JSON object.');
      if (header.alg !== LABEL_ALG) return result('wrong-algorithm', `The label says it is signed with ${JSON.stringify(header.alg ?? null)}; labels are signed with ${LABEL_ALG} (Ed25519) only.`);
      const p = decodeSegment(parts[1]!);
      const s = decodeSegment(parts[2]!);
      if (!p || !s) return result('malformed', 'A part of the label is not canonical base64url.');
      const unknown = Object.keys(header).filter((k) => !KNOWN_HEADER.has(k));
      if (unknown.length > 0) return result('malformed', `The header has members a label never has: ${unknown.join(', ')}.`);
      if (header.typ !== LABEL_JWS_TYPE) return result('malformed', `The header's typ is not ${LABEL_JWS_TYPE}.`);
      const kid = typeof header.kid === 'string' ? header.kid : null;
      const key = kid === null ? null : keyFor(kid);
      if (!key) return result('unknown-key', kid === null ? 'The label names no key (kid).' : `No trusted public key has the id ${kid}.`, { kid });
      try {
        await compactVerify(jws, await key, { algorithms: [LABEL_ALG] });
      } catch {
        return result('bad-signature', 'The signature does not match: the label was changed, or another key signed it.', { kid });
      }
      const parsed = parseLabelPayload(jsonOf(p));
      if (!parsed.ok) return result('invalid-claims', `Signed, but not a label: ${parsed.problem}.`, { kid });
      const claims = parsed.payload;
      const now = Math.floor(options.now.getTime() / 1000);
      const online = options.online ?? null;
      const rest = { kid, claims, status: online?.status ?? null };
      if (claims.iat > now + SKEW_SECONDS) return result('not-yet-valid', `The label was issued in the future (${new Date(claims.iat * 1000).toISOString()}).`, rest);
      if (online?.status === 'withdrawn') {
        const w = online.withdrawal;
        return result('withdrawn', `The issuer withdrew this label${w ? ` on ${w.at.slice(0, 10)} (${w.reason}${w.note ? `: ${w.note}` : ''})` : ''}.`, rest);
      }
      if (now >= claims.exp) return result('expired', `The label expired on ${new Date(claims.exp * 1000).toISOString()}.`, rest);
      return result('ok', `A genuine label from ${claims.iss} for ${claims.product.name} ${claims.release.version}, supported until ${claims.supportEnd}.`, rest);
    },
  };
}

export async function verifyLabel(jws: string, jwks: Jwks, options: VerifyOptions): Promise<VerifyResult> {
  return createLabelVerifier(jwks).verify(jws, options);
}
