// Label keys kept in files, outside the database (a database dump or replica never carries the signing key):
//   DIR/label-signing.jwk        the private signing key (JWK), mode 0600
//   DIR/label-public-keys.json   every public key that signed labels here, newest first (JWKS), mode 0600
// DIR (LABEL_KEYS_DIR, default ./var/keys) is created with mode 0700. The first start creates the key; a key
// file that others can read, or a directory others can write, is refused rather than used. Rotation publishes
// the new public key before the new private key replaces the old one (which is discarded), so no label is ever
// signed by a key the key set does not list. The server re-reads the files when they change, so
// `iotspp label keys rotate` takes effect without a restart.
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseJwks, type Jwks, type PublicJwk } from './jwks.js';
import { LabelKeyError, newPrivateJwk, signingKeyFrom, type LabelKeyring, type Rotation, type SigningKey } from './keyring.js';

export const KEY_FILE = 'label-signing.jwk';
export const PUBLIC_FILE = 'label-public-keys.json';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

const POSIX = process.platform !== 'win32';

function checkPermissions(dir: string, keyFile: string): void {
  if (!POSIX) return;
  const d = statSync(dir);
  if ((d.mode & 0o022) !== 0) throw new LabelKeyError(`The key directory ${dir} is writable by other users, who could replace the signing key; run: chmod 700 ${dir}`);
  const k = statSync(keyFile);
  if ((k.mode & 0o077) !== 0) throw new LabelKeyError(`The label signing key ${keyFile} is readable by other users; run: chmod 600 ${keyFile}`);
}

/** Writes a file whole or not at all (temp file in the same directory, then rename), owner-only. */
function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600, flag: 'wx' });
  chmodSync(tmp, 0o600); // in case the umask widened it
  renameSync(tmp, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new LabelKeyError(`${path} is not readable JSON: ${(e as Error).message}`);
  }
}

function jwksText(keys: PublicJwk[]): string {
  return `${JSON.stringify({ keys }, null, 2)}\n`;
}

export function fileKeyring(dir: string, clock: { now(): Date } = { now: () => new Date() }): LabelKeyring {
  const keyPath = join(dir, KEY_FILE);
  const publicPath = join(dir, PUBLIC_FILE);
  let cached: { stamp: string; key: SigningKey; jwks: Jwks } | null = null;

  const stampOf = () => [keyPath, publicPath].map((p) => statOrNull(p)).map((s) => (s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '-')).join('|');

  async function ensureKey(): Promise<void> {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (statOrNull(keyPath)) return;
    const jwk = await newPrivateJwk(clock.now());
    // Publish first, then create the key with "wx" so two processes starting together never overwrite each
    // other's key (the loser keeps the winner's; its public key, published too, is harmless).
    const published = statOrNull(publicPath) ? parseJwks(readJson(publicPath), publicPath).keys : [];
    writeAtomically(publicPath, jwksText([(await signingKeyFrom(jwk, 'a new key')).publicJwk, ...published]));
    try {
      writeFileSync(keyPath, `${JSON.stringify(jwk)}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(keyPath, 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }

  async function load(): Promise<{ key: SigningKey; jwks: Jwks }> {
    const stamp = stampOf();
    if (cached && cached.stamp === stamp) return cached;
    await ensureKey();
    checkPermissions(dir, keyPath);
    const key = await signingKeyFrom(readJson(keyPath), keyPath);
    let keys = statOrNull(publicPath) ? parseJwks(readJson(publicPath), publicPath).keys : [];
    if (!keys.some((k) => k.kid === key.kid)) {
      // The signing key must always be published (e.g. a key file restored from a backup without its JWKS).
      keys = [key.publicJwk, ...keys];
      writeAtomically(publicPath, jwksText(keys));
    }
    cached = { stamp: stampOf(), key, jwks: { keys } };
    return cached;
  }

  return {
    source: dir,
    signingKey: async () => (await load()).key,
    publicKeys: async () => ({ keys: [...(await load()).jwks.keys] }),
    rotate: async (): Promise<Rotation> => {
      const before = await load();
      const jwk = await newPrivateJwk(clock.now());
      const next = await signingKeyFrom(jwk, 'a new key');
      const keys = [next.publicJwk, ...before.jwks.keys.filter((k) => k.kid !== next.kid)];
      writeAtomically(publicPath, jwksText(keys));
      writeAtomically(keyPath, `${JSON.stringify(jwk)}\n`);
      cached = null;
      return { previousKid: before.key.kid, currentKid: next.kid, publishedKids: keys.map((k) => k.kid) };
    },
  };
}

/**
 * Keys supplied by configuration: LABEL_SIGNING_KEY (a private Ed25519 JWK as JSON) and, optionally,
 * LABEL_PUBLIC_KEYS (a JWKS of earlier keys whose labels must keep verifying). Rotation is done there.
 */
export function configuredKeyring(signingKeyJson: string, publicKeysJson: string | null): LabelKeyring {
  let loaded: Promise<{ key: SigningKey; jwks: Jwks }> | null = null;
  const load = () =>
    (loaded ??= (async () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(signingKeyJson);
      } catch {
        throw new LabelKeyError('LABEL_SIGNING_KEY is not JSON (a private Ed25519 JWK)');
      }
      const key = await signingKeyFrom(parsed, 'LABEL_SIGNING_KEY');
      let older: PublicJwk[] = [];
      if (publicKeysJson) {
        try {
          older = parseJwks(JSON.parse(publicKeysJson), 'LABEL_PUBLIC_KEYS').keys;
        } catch (e) {
          throw new LabelKeyError(e instanceof SyntaxError ? 'LABEL_PUBLIC_KEYS is not JSON (a JWKS)' : (e as Error).message);
        }
      }
      return { key, jwks: { keys: [key.publicJwk, ...older.filter((k) => k.kid !== key.kid)] } };
    })());
  return {
    source: 'LABEL_SIGNING_KEY',
    signingKey: async () => (await load()).key,
    publicKeys: async () => ({ keys: [...(await load()).jwks.keys] }),
    rotate: async () => {
      throw new LabelKeyError('The signing key comes from LABEL_SIGNING_KEY: put the new key there and add the old public key to LABEL_PUBLIC_KEYS, then restart.');
    },
  };
}
