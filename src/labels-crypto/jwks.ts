// The public keys labels are verified with, as a JSON Web Key Set (RFC 7517) of Ed25519 keys (RFC 8037). A key
// set read from a file or the network is checked member by member: only public OKP/Ed25519 signing keys with a
// kid are kept, so a private key published by mistake, a symmetric key or an RSA key can never be used to verify.
import { calculateJwkThumbprint, type JWK } from 'jose';

export const LABEL_ALG = 'EdDSA';

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: typeof LABEL_ALG;
  use: 'sig';
}

export interface Jwks {
  keys: PublicJwk[];
}

export class JwksError extends Error {}

/** The key id of an Ed25519 key: its RFC 7638 thumbprint, so the id follows from the key and cannot be reused. */
export async function keyIdOf(jwk: { kty: string; crv?: string; x?: string }): Promise<string> {
  return calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x } as JWK, 'sha256');
}

export async function publicJwkOf(jwk: { kty: string; crv?: string; x?: string }): Promise<PublicJwk> {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new JwksError('not an Ed25519 key (kty OKP, crv Ed25519)');
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: await keyIdOf(jwk), alg: LABEL_ALG, use: 'sig' };
}

/** Reads a key set; throws JwksError when it holds no usable key, and skips (never uses) keys of any other kind. */
export function parseJwks(value: unknown, where = 'the key set'): Jwks {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { keys?: unknown }).keys)) throw new JwksError(`${where} is not a JSON Web Key Set ({"keys": [...]})`);
  const keys: PublicJwk[] = [];
  for (const k of (value as { keys: unknown[] }).keys) {
    if (typeof k !== 'object' || k === null) continue;
    const j = k as Record<string, unknown>;
    if (j.kty !== 'OKP' || j.crv !== 'Ed25519' || typeof j.x !== 'string' || typeof j.kid !== 'string') continue;
    if ('d' in j) continue; // a private key has no business in a published set
    if (j.alg !== undefined && j.alg !== LABEL_ALG) continue;
    if (j.use !== undefined && j.use !== 'sig') continue;
    keys.push({ kty: 'OKP', crv: 'Ed25519', x: j.x, kid: j.kid, alg: LABEL_ALG, use: 'sig' });
  }
  if (keys.length === 0) throw new JwksError(`${where} holds no Ed25519 signing key`);
  return { keys };
}
