// Signing and verification of labels: every refusal the issue names, on real Ed25519 keys.
import { createHmac } from 'node:crypto';
import { mkdtempSync, chmodSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompactSign, generateKeyPair } from 'jose';
import { buildLabelPayload, type LabelPayload } from '../domain/labels/payload.js';
import { labelFacts } from '../domain/labels/label-fixture.test-support.js';
import { parseJwks, type Jwks } from './jwks.js';
import { memoryKeyring, newPrivateJwk, signingKeyFrom, type LabelKeyring } from './keyring.js';
import { configuredKeyring, fileKeyring, KEY_FILE, PUBLIC_FILE } from './file-keyring.js';
import { signLabel } from './sign-label.js';
import { createLabelVerifier, verifyLabel } from './verify-label.js';

const ISSUED = new Date('2026-11-23T12:00:00Z');
const LATER = new Date('2027-06-01T00:00:00Z');
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe('label signatures', () => {
  let keyring: LabelKeyring;
  let jwks: Jwks;
  let payload: LabelPayload;
  let label: string;

  beforeAll(async () => {
    keyring = await memoryKeyring(ISSUED);
    jwks = await keyring.publicKeys();
    payload = buildLabelPayload(labelFacts(), ISSUED);
    label = await signLabel(payload, await keyring.signingKey());
  });

  it('issue -> verify succeeds, with the claims and the key id', async () => {
    const [header] = label.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'EdDSA', kid: jwks.keys[0]!.kid, typ: 'iotspp-label+jws' });
    const r = await verifyLabel(label, jwks, { now: LATER });
    expect(r).toMatchObject({ valid: true, reason: 'ok', kid: jwks.keys[0]!.kid });
    expect(r.claims).toEqual(payload);
  });

  it('fails when any single byte of the label changes (every position, two changes each)', async () => {
    const verifier = createLabelVerifier(jwks);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const accepted: string[] = [];
    const reasons = new Set<string>();
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      const next = label[i] === '.' ? 'A' : alphabet[(alphabet.indexOf(label[i]!) + 1) % 64]!;
      for (const replacement of [String.fromCharCode(c ^ 0x01), next]) {
        const changed = label.slice(0, i) + replacement + label.slice(i + 1);
        const r = await verifier.verify(changed, { now: LATER });
        reasons.add(r.reason);
        if (r.valid) accepted.push(`position ${i}: ${label[i]} -> ${replacement}`);
        expect(r.claims === null || r.reason !== 'ok').toBe(true);
      }
    }
    expect(accepted).toEqual([]);
    expect([...reasons].sort()).toEqual(expect.arrayContaining(['bad-signature', 'malformed']));
  });

  it('fails when another key signed it, whether it claims our kid or its own', async () => {
    const other = await memoryKeyring(ISSUED);
    const otherKey = await other.signingKey();
    const own = await signLabel(payload, otherKey);
    expect(await verifyLabel(own, jwks, { now: LATER })).toMatchObject({ valid: false, reason: 'unknown-key', claims: null });
    const impostor = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: jwks.keys[0]!.kid, typ: 'iotspp-label+jws' })
      .sign(otherKey.privateKey);
    expect(await verifyLabel(impostor, jwks, { now: LATER })).toMatchObject({ valid: false, reason: 'bad-signature', claims: null });
  });

  it('refuses alg=none and HMAC with the public key as secret (algorithm confusion)', async () => {
    const kid = jwks.keys[0]!.kid;
    const body = b64(payload);
    const none = `${b64({ alg: 'none', kid, typ: 'iotspp-label+jws' })}.${body}.`;
    expect(await verifyLabel(none, jwks, { now: LATER })).toMatchObject({ valid: false, reason: 'wrong-algorithm' });
    for (const secret of [Buffer.from(jwks.keys[0]!.x, 'base64url'), Buffer.from(JSON.stringify(jwks.keys[0])), Buffer.from(jwks.keys[0]!.x)]) {
      const head = b64({ alg: 'HS256', kid, typ: 'iotspp-label+jws' });
      const mac = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
      expect(await verifyLabel(`${head}.${body}.${mac}`, jwks, { now: LATER })).toMatchObject({ valid: false, reason: 'wrong-algorithm', claims: null });
    }
    // The algorithm is ours, not the header's: a lower-case or fully-specified name is refused the same way.
    for (const alg of ['eddsa', 'Ed25519', 'RS256', 'ES256']) {
      const head = b64({ alg, kid, typ: 'iotspp-label+jws' });
      expect((await verifyLabel(`${head}.${body}.${label.split('.')[2]}`, jwks, { now: LATER })).reason).toBe('wrong-algorithm');
    }
  });

  it('ignores keys a label carries in its header, and refuses a foreign typ', async () => {
    const attacker = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const withJwk = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: jwks.keys[0]!.kid, typ: 'iotspp-label+jws', jwk: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' } })
      .sign(attacker.privateKey);
    expect(await verifyLabel(withJwk, jwks, { now: LATER })).toMatchObject({ valid: false, reason: 'malformed' });
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: jwks.keys[0]!.kid, typ: 'JWT' })
      .sign((await keyring.signingKey()).privateKey);
    expect(await verifyLabel(jwt, jwks, { now: LATER })).toMatchObject({ valid: false, reason: 'malformed' });
  });

  it('fails once expired and, online, once withdrawn; says why, with the claims', async () => {
    const expired = await verifyLabel(label, jwks, { now: new Date('2029-04-01T00:00:00Z') });
    expect(expired).toMatchObject({ valid: false, reason: 'expired' });
    expect(expired.claims?.jti).toBe(payload.jti);
    const withdrawn = await verifyLabel(label, jwks, { now: LATER, online: { status: 'withdrawn', withdrawal: { at: '2027-05-02T09:00:00.000Z', reason: 'false-claim', note: 'no unique passwords' } } });
    expect(withdrawn).toMatchObject({ valid: false, reason: 'withdrawn', status: 'withdrawn' });
    expect(withdrawn.message).toBe('The issuer withdrew this label on 2027-05-02 (false-claim: no unique passwords).');
    expect(await verifyLabel(label, jwks, { now: LATER, online: { status: 'superseded', withdrawal: null } })).toMatchObject({ valid: true, status: 'superseded' });
    expect((await verifyLabel(label, jwks, { now: new Date('2026-11-20T00:00:00Z') })).reason).toBe('not-yet-valid');
  });

  it('refuses a signed payload that is not a label', async () => {
    const key = await keyring.signingKey();
    const notALabel = await new CompactSign(new TextEncoder().encode(JSON.stringify({ ...payload, format: 'something-else' })))
      .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'iotspp-label+jws' })
      .sign(key.privateKey);
    expect(await verifyLabel(notALabel, jwks, { now: LATER })).toMatchObject({ valid: false, reason: 'invalid-claims' });
  });

  it('after rotation, an old label still verifies and new labels carry the new key', async () => {
    const rotation = await keyring.rotate();
    const after = await keyring.publicKeys();
    expect(after.keys.map((k) => k.kid)).toEqual([rotation.currentKid, rotation.previousKid]);
    expect(await verifyLabel(label, after, { now: LATER })).toMatchObject({ valid: true, kid: rotation.previousKid });
    const fresh = await signLabel(payload, await keyring.signingKey());
    expect(await verifyLabel(fresh, after, { now: LATER })).toMatchObject({ valid: true, kid: rotation.currentKid });
    expect((await verifyLabel(fresh, jwks, { now: LATER })).reason).toBe('unknown-key');
  });
});

describe('key sets', () => {
  it('keep only public Ed25519 signing keys', async () => {
    const priv = await newPrivateJwk(ISSUED);
    const set = parseJwks({ keys: [priv, { kty: 'oct', k: 'c2VjcmV0', kid: 'h' }, { kty: 'OKP', crv: 'Ed25519', x: priv.x, kid: priv.kid, alg: 'EdDSA' }, { kty: 'OKP', crv: 'X25519', x: priv.x, kid: 'x' }] });
    expect(set.keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: priv.x, kid: priv.kid, alg: 'EdDSA', use: 'sig' }]);
    expect(() => parseJwks({ keys: [priv] })).toThrow(/no Ed25519 signing key/);
    expect(() => parseJwks([])).toThrow(/not a JSON Web Key Set/);
  });

  it('refuse a private key whose public part belongs to another key', async () => {
    const a = await newPrivateJwk(ISSUED);
    const b = await newPrivateJwk(ISSUED);
    await expect(signingKeyFrom({ ...a, x: b.x }, 'the test key')).rejects.toThrow(/malformed Ed25519 key|does not match/);
  });
});

describe('keys in files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iotspp-keys-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are created on first use, owner-only, and published', async () => {
    const keys = join(dir, 'first', 'keys');
    const ring = fileKeyring(keys);
    const key = await ring.signingKey();
    expect(statSync(keys).mode & 0o777).toBe(0o700);
    expect(statSync(join(keys, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(keys, PUBLIC_FILE)).mode & 0o777).toBe(0o600);
    expect((await ring.publicKeys()).keys.map((k) => k.kid)).toEqual([key.kid]);
    expect(readFileSync(join(keys, PUBLIC_FILE), 'utf8')).not.toContain('"d"');
    // A second start uses the same key.
    expect((await fileKeyring(keys).signingKey()).kid).toBe(key.kid);
  });

  it('rotate for every process reading them: the old public key stays, the old private key is gone', async () => {
    const keys = join(dir, 'rotate');
    const server = fileKeyring(keys);
    const first = await server.signingKey();
    const label = await signLabel(buildLabelPayload(labelFacts(), ISSUED), first);
    const oldPrivate = readFileSync(join(keys, KEY_FILE), 'utf8');
    const rotation = await fileKeyring(keys).rotate(); // as `iotspp label keys rotate` would, in another process
    expect(rotation.previousKid).toBe(first.kid);
    expect((await server.signingKey()).kid).toBe(rotation.currentKid);
    expect(readFileSync(join(keys, KEY_FILE), 'utf8')).not.toBe(oldPrivate);
    expect(readFileSync(join(keys, KEY_FILE), 'utf8')).not.toContain(JSON.parse(oldPrivate).d);
    expect(statSync(join(keys, KEY_FILE)).mode & 0o777).toBe(0o600);
    const jwks = await server.publicKeys();
    expect(jwks.keys.map((k) => k.kid)).toEqual([rotation.currentKid, first.kid]);
    expect(await verifyLabel(label, jwks, { now: LATER })).toMatchObject({ valid: true, kid: first.kid });
  });

  it('are refused when others can read the key or write the directory', async () => {
    const keys = join(dir, 'loose');
    await fileKeyring(keys).signingKey();
    chmodSync(join(keys, KEY_FILE), 0o644);
    await expect(fileKeyring(keys).signingKey()).rejects.toThrow(/readable by other users; run: chmod 600/);
    chmodSync(join(keys, KEY_FILE), 0o600);
    chmodSync(keys, 0o777);
    await expect(fileKeyring(keys).signingKey()).rejects.toThrow(/writable by other users/);
    chmodSync(keys, 0o700);
    writeFileSync(join(keys, KEY_FILE), 'not json', { mode: 0o600 });
    await expect(fileKeyring(keys).signingKey()).rejects.toThrow(/not readable JSON/);
  });

  it('can be supplied by configuration, with older public keys, and are then rotated there', async () => {
    const current = await newPrivateJwk(ISSUED);
    const older = await memoryKeyring(ISSUED);
    const ring = configuredKeyring(JSON.stringify(current), JSON.stringify(await older.publicKeys()));
    expect((await ring.signingKey()).kid).toBe(current.kid);
    expect((await ring.publicKeys()).keys.map((k) => k.kid)).toEqual([current.kid, (await older.signingKey()).kid]);
    await expect(ring.rotate()).rejects.toThrow(/LABEL_SIGNING_KEY/);
    await expect(configuredKeyring('{"kty":"OKP"}', null).signingKey()).rejects.toThrow(/not a private Ed25519 JWK/);
  });
});
