// The platform's label signing keys. One key signs new labels; every public key that ever signed here stays
// published (GET /.well-known/jwks.json), so a label keeps verifying after the key that signed it is rotated out.
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { LABEL_ALG, publicJwkOf, type Jwks, type PublicJwk } from './jwks.js';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
}

export interface Rotation {
  previousKid: string;
  currentKid: string;
  publishedKids: string[];
}

export interface LabelKeyring {
  /** The key new labels are signed with. */
  signingKey(): Promise<SigningKey>;
  /** Every public key labels from here may carry, newest first. */
  publicKeys(): Promise<Jwks>;
  /** Replaces the signing key with a new one, keeping the old public key published. */
  rotate(): Promise<Rotation>;
  /** Where the keys come from, for messages ("./var/keys", "LABEL_SIGNING_KEY"). */
  readonly source: string;
}

/** A private Ed25519 JWK as it is kept (file or LABEL_SIGNING_KEY): x and d, the kid and when it was made. */
export interface StoredPrivateJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d: string;
  kid: string;
  created?: string;
}

export class LabelKeyError extends Error {}

export async function newPrivateJwk(now: Date): Promise<StoredPrivateJwk> {
  const { privateKey } = await generateKeyPair(LABEL_ALG, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const pub = await publicJwkOf(jwk as { kty: string; crv: string; x: string });
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x!, d: jwk.d!, kid: pub.kid, created: now.toISOString() };
}

export async function signingKeyFrom(value: unknown, where: string): Promise<SigningKey> {
  const j = value as Partial<StoredPrivateJwk> | null;
  if (!j || j.kty !== 'OKP' || j.crv !== 'Ed25519' || typeof j.x !== 'string' || typeof j.d !== 'string') {
    throw new LabelKeyError(`${where} is not a private Ed25519 JWK ({"kty":"OKP","crv":"Ed25519","x":...,"d":...})`);
  }
  const publicJwk = await publicJwkOf(j as { kty: string; crv: string; x: string });
  let privateKey: CryptoKey;
  try {
    privateKey = (await importJWK({ kty: 'OKP', crv: 'Ed25519', x: j.x, d: j.d } as JWK, LABEL_ALG)) as CryptoKey;
  } catch {
    throw new LabelKeyError(`${where} holds a malformed Ed25519 key`);
  }
  // A key whose x does not belong to its d would sign labels nobody can verify: sign and check once.
  const probe = new TextEncoder().encode('iotspp key check');
  const pub = (await importJWK(publicJwk as JWK, LABEL_ALG)) as CryptoKey;
  const sig = await crypto.subtle.sign('Ed25519', privateKey, probe);
  if (!(await crypto.subtle.verify('Ed25519', pub, sig, probe))) throw new LabelKeyError(`${where}: its public part (x) does not match its private part (d)`);
  return { kid: publicJwk.kid, privateKey, publicJwk };
}

/** A keyring held in memory only: for tests and benchmarks (labels it signs die with the process). */
export async function memoryKeyring(now = new Date()): Promise<LabelKeyring> {
  let current = await signingKeyFrom(await newPrivateJwk(now), 'a new key');
  const published: PublicJwk[] = [current.publicJwk];
  return {
    source: 'memory',
    signingKey: async () => current,
    publicKeys: async () => ({ keys: [...published] }),
    rotate: async () => {
      const previousKid = current.kid;
      current = await signingKeyFrom(await newPrivateJwk(new Date()), 'a new key');
      published.unshift(current.publicJwk);
      return { previousKid, currentKid: current.kid, publishedKids: published.map((k) => k.kid) };
    },
  };
}
