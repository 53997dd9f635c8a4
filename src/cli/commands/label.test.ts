// `iotspp label` as a user runs it: offline verification with a saved key set (exit 0 and the claims; exit 1
// and the reason for a changed byte, an unknown key, alg none, expiry), usage errors, and key rotation that
// keeps old labels verifying.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../catalogs/bundle-paths.js';
import { buildLabelPayload } from '../../domain/labels/payload.js';
import { labelFacts } from '../../domain/labels/label-fixture.test-support.js';
import { fileKeyring } from '../../labels-crypto/file-keyring.js';
import { memoryKeyring } from '../../labels-crypto/keyring.js';
import { signLabel } from '../../labels-crypto/sign-label.js';
import { createTestStore, type TestStore } from '../../../test/stores.js';
import { EXIT } from '../errors.js';

describe('iotspp label', () => {
  let dir: string;
  let store: TestStore;
  const path = (name: string) => join(dir, name);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'iotspp.js'), 'label', ...args], {
      env: { ...process.env, DATABASE_URL: store.url, LABEL_KEYS_DIR: path('keys'), LABEL_SIGNING_KEY: '' },
      encoding: 'utf8',
    });

  beforeAll(async () => {
    // SQLite only: this is about the command line; storage runs on both dialects elsewhere.
    store = await createTestStore('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'iotspp-label-cli-'));
    const keys = fileKeyring(path('keys'));
    const key = await keys.signingKey();
    const now = new Date();
    const supportEnd = `${now.getUTCFullYear() + 3}-03-31`;
    const label = await signLabel(buildLabelPayload(labelFacts({ supportEnd }), now), key);
    writeFileSync(path('label.jws'), `${label}\n`);
    writeFileSync(path('keys.json'), JSON.stringify(await keys.publicKeys()));
    const at = label.indexOf('.') + 40; // a byte of the payload
    const flipped = label.slice(0, at) + (label[at] === 'A' ? 'B' : 'A') + label.slice(at + 1);
    writeFileSync(path('changed.jws'), flipped);
    const stranger = await signLabel(buildLabelPayload(labelFacts({ supportEnd }), now), await (await memoryKeyring()).signingKey());
    writeFileSync(path('stranger.jws'), stranger);
    const [, body] = label.split('.');
    writeFileSync(path('none.jws'), `${Buffer.from(JSON.stringify({ alg: 'none', kid: key.kid, typ: 'iotspp-label+jws' })).toString('base64url')}.${body}.`);
    const old = await signLabel(buildLabelPayload(labelFacts({ supportEnd: '2021-06-30' }), new Date('2020-01-01T00:00:00Z')), key);
    writeFileSync(path('expired.jws'), old);
  });
  afterAll(async () => {
    await store.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies a label file offline with a saved key set, and reports its claims', () => {
    const r = run('verify', path('label.jws'), '--jwks', path('keys.json'), '--json');
    expect(r.status, r.stderr).toBe(EXIT.ok);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: true, reason: 'ok', online: 'skipped', claims: { jti: 'a1b2c3d4e5', product: { name: 'Demo Camera' } } });
    const human = run('verify', path('label.jws'), '--jwks', path('keys.json'), '--offline');
    expect(human.status).toBe(EXIT.ok);
    expect(human.stdout).toMatch(/^valid: A genuine label from https:\/\/iotspp\.example\.org for Demo Camera 2\.4\.0/);
    expect(human.stdout).toContain('status                     not asked (offline)');
  }, 120_000);

  it('exits 1 and says why for a changed byte, another key, alg none and expiry', () => {
    const cases: [string, string][] = [
      ['changed.jws', 'bad-signature'],
      ['stranger.jws', 'unknown-key'],
      ['none.jws', 'wrong-algorithm'],
      ['expired.jws', 'expired'],
    ];
    for (const [file, reason] of cases) {
      const json = run('verify', path(file), '--jwks', path('keys.json'), '--json');
      expect(json.status, file).toBe(EXIT.failure);
      expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, reason });
    }
    const human = run('verify', path('changed.jws'), '--jwks', path('keys.json'));
    expect(human.status).toBe(EXIT.failure);
    expect(human.stderr).toMatch(/^iotspp: the label does not verify \(bad-signature\): The signature does not match/);
  }, 180_000);

  it('refuses to guess the keys for a file, and --offline with a URL', () => {
    const noKeys = run('verify', path('label.jws'));
    expect(noKeys.status).toBe(EXIT.invalid);
    expect(noKeys.stderr).toContain('--jwks FILE|URL');
    expect(run('verify', 'https://iotspp.example.org/l/a1b2c3d4e5', '--offline').status).toBe(EXIT.usage);
    expect(run('verify', path('missing.jws'), '--jwks', path('keys.json')).status).toBe(EXIT.notFound);
  }, 120_000);

  it('rotates the signing key; the old label still verifies against the published keys', () => {
    const before = JSON.parse(readFileSync(path('keys.json'), 'utf8')).keys[0].kid;
    const r = run('keys', 'rotate', '--json');
    expect(r.status, r.stderr).toBe(EXIT.ok);
    const rotation = JSON.parse(r.stdout);
    expect(rotation.previousKid).toBe(before);
    const listed = run('keys', 'list', '--json');
    writeFileSync(path('keys-after.json'), listed.stdout);
    expect(JSON.parse(listed.stdout).keys.map((k: { kid: string }) => k.kid)).toEqual([rotation.currentKid, before]);
    const old = run('verify', path('label.jws'), '--jwks', path('keys-after.json'), '--json');
    expect(old.status, old.stderr).toBe(EXIT.ok);
    expect(JSON.parse(old.stdout).kid).toBe(before);
  }, 120_000);
});
