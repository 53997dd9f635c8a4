// Labels, measured in one run on this machine:
//   1. the public label page (/l/ID) and the label JSON (/api/labels/ID) served by iotspp (`iotspp serve`, one
//      process, SQLite, the demo labels) against nginx (Debian's, one worker) serving the very same bytes as
//      static files: requests per second and p99 latency, from the same keep-alive load generator, as ratios;
//   2. offline label verification (our verifier: canonical parts, header checks, signature through jose,
//      payload checks, expiry) against a bare node:crypto Ed25519 verify of the same signing input, as a ratio.
// The server runs with TRUST_PROXY=1 and every request carries its own X-Forwarded-For address, so the
// per-address rate limit (600 a minute) is exercised on every request but never refuses one: a shop's
// customers scanning labels come from many addresses. nginx gets the same header and ignores it.
// Run: node bin/run-ts.js bench/labels.ts [--seconds S] [--connections N]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createPublicKey, verify as ed25519Verify } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseJwks } from '../src/labels-crypto/jwks.js';
import { createLabelVerifier } from '../src/labels-crypto/verify-label.js';
import { load, type LoadResult } from './http-load.js';
import { line } from './stats.js';

const NGINX = '/usr/sbin/nginx';
const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg('seconds', 5);
const CONNECTIONS = arg('connections', 32);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer ${url}`);
}

function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

let address = 0;
/** A client address per request: 10.x.y.z counting up. */
const forwarded = () => {
  address = (address + 1) % 16_000_000;
  return { 'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` };
};

const fmt = (r: LoadResult) => `${r.rps.toFixed(0).padStart(7)} req/s, p99 ${r.p99.toFixed(2)} ms (p50 ${r.p50.toFixed(2)} ms)${r.errors ? `, ${r.errors} errors` : ''}`;

async function benchHttp(): Promise<void> {
  if (!existsSync(NGINX)) {
    line('HTTP', `skipped: ${NGINX} is not installed (apt-get install nginx-light)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'iotspp-bench-labels-'));
  const www = mkdtempSync(join(tmpdir(), 'iotspp-bench-nginx-'));
  let app: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  try {
    const [appPort, nginxPort] = [await freePort(), await freePort()];
    const base = `http://127.0.0.1:${appPort}`;
    const env = { ...process.env, HOST: '127.0.0.1', PORT: String(appPort), PUBLIC_URL: base, TRUST_PROXY: '1', LOG_LEVEL: 'warn', DATABASE_URL: `sqlite:${join(dir, 'iotspp.db')}`, LABEL_KEYS_DIR: join(dir, 'keys'), SECRET_KEY_FILE: join(dir, 'secret.key') };
    const demo = spawnSync(process.execPath, [join(root, 'bin', 'iotspp.js'), 'demo', 'load', '--only', 'labels', '--json'], { cwd: root, env, encoding: 'utf8' });
    if (demo.status !== 0) throw new Error(`demo load failed: ${demo.stderr}`);
    const valid = (JSON.parse(demo.stdout).loaded[0].links as { title: string; url: string }[]).find((l) => l.title === 'valid label')!.url;
    const id = valid.slice(valid.lastIndexOf('/') + 1);
    app = spawn(process.execPath, [join(root, 'bin', 'iotspp.js'), 'serve'], { cwd: root, env, stdio: 'ignore' });
    await waitFor(`${base}/healthz`, app, 'iotspp');

    // The same bytes, as static files for nginx.
    const page = Buffer.from(await (await fetch(`${base}/l/${id}`)).arrayBuffer());
    const json = Buffer.from(await (await fetch(`${base}/api/labels/${id}`)).arrayBuffer());
    for (const [path, bytes] of [[`l/${id}`, page], [`api/labels/${id}`, json]] as const) {
      mkdirSync(dirname(join(www, 'www', path)), { recursive: true });
      writeFileSync(join(www, 'www', path), bytes);
    }
    mkdirSync(join(www, 'tmp'));
    // nginx workers may run as another user (when started as root): let them read the files.
    spawnSync('chmod', ['-R', 'a+rX', www]);
    chmodSync(www, 0o755);
    writeFileSync(
      join(www, 'nginx.conf'),
      `worker_processes 1;
daemon off;
pid ${www}/nginx.pid;
error_log ${www}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  client_body_temp_path ${www}/tmp/body;
  proxy_temp_path ${www}/tmp/proxy;
  fastcgi_temp_path ${www}/tmp/fastcgi;
  uwsgi_temp_path ${www}/tmp/uwsgi;
  scgi_temp_path ${www}/tmp/scgi;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${www}/www;
    location /l/ { default_type 'text/html; charset=utf-8'; }
    location /api/ { default_type 'application/json; charset=utf-8'; }
  }
}
`,
    );
    nginx = spawn(NGINX, ['-p', www, '-e', join(www, 'error.log'), '-c', join(www, 'nginx.conf')], { stdio: 'ignore' });
    const nginxBase = `http://127.0.0.1:${nginxPort}`;
    await waitFor(`${nginxBase}/l/${id}`, nginx, 'nginx');
    const same = Buffer.compare(Buffer.from(await (await fetch(`${nginxBase}/l/${id}`)).arrayBuffer()), page) === 0;
    if (!same) throw new Error('nginx does not serve the same bytes');

    line('load', `${CONNECTIONS} keep-alive connections, ${SECONDS} s each after 1 s warm-up, one generator thread`);
    line('label page size', `${page.length} bytes (HTML); label JSON ${json.length} bytes`);
    for (const [name, path] of [['label page /l/ID', `/l/${id}`], ['label JSON /api/labels/ID', `/api/labels/${id}`]] as const) {
      const ours = await load({ url: `${base}${path}`, connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: 1, headers: forwarded });
      const theirs = await load({ url: `${nginxBase}${path}`, connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: 1, headers: forwarded });
      line(`${name}, iotspp`, fmt(ours));
      line(`${name}, nginx static`, fmt(theirs));
      line(`${name}, ratio iotspp/nginx`, `throughput ${(ours.rps / theirs.rps).toFixed(3)}, p99 ${(ours.p99 / theirs.p99).toFixed(1)}x`);
    }
  } finally {
    await stop(nginx, 'SIGQUIT');
    await stop(app);
    rmSync(dir, { recursive: true, force: true });
    rmSync(www, { recursive: true, force: true });
  }
}

async function benchVerify(): Promise<void> {
  const { memoryKeyring } = await import('../src/labels-crypto/keyring.js');
  const { signLabel } = await import('../src/labels-crypto/sign-label.js');
  const { buildLabelPayload } = await import('../src/domain/labels/payload.js');
  const keys = await memoryKeyring();
  const now = new Date();
  const payload = buildLabelPayload(
    {
      id: 'a1b2c3d4e5',
      issuer: 'https://iotspp.example.org',
      manufacturer: { id: 'm', name: 'Demo Devices Ltd' },
      product: { id: 'p', name: 'Demo Camera', model: 'DC-100', category: 'camera' },
      release: { id: 'r', version: '2.5.0' },
      supportEnd: `${now.getUTCFullYear() + 3}-03-31`,
      updateMechanism: 'automatic-over-network',
      disclosureContact: 'https://demo-devices.example/security',
      passwords: 'unique-per-device',
      dataPractices: [{ data: 'Video clips', purpose: 'motion alerts', sharedWith: ['Demo Cloud Hosting'] }],
      conformance: [
        { framework: 'etsi-en-303-645', frameworkName: 'ETSI EN 303 645', frameworkVersion: 'V2.1.1', verdict: 'conforms', assessmentType: 'self-declared', assessedAt: '2026-11-23' },
        { framework: 'uk-psti', frameworkName: 'UK PSTI', frameworkVersion: 'SI 2023/1007', verdict: 'conforms', assessmentType: 'self-declared', assessedAt: '2026-11-23' },
      ],
      validUntil: null,
    },
    now,
  );
  const jws = await signLabel(payload, await keys.signingKey());
  const jwks = parseJwks(await keys.publicKeys());
  const verifier = createLabelVerifier(jwks);
  const [h, p, s] = jws.split('.') as [string, string, string];
  const input = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(s, 'base64url');
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwks.keys[0]!.x }, format: 'jwk' });
  if (!(await verifier.verify(jws, { now })).valid || !ed25519Verify(null, input, publicKey, signature)) throw new Error('the label does not verify');

  const rate = async (fn: () => unknown, seconds = 2): Promise<number> => {
    for (let i = 0; i < 200; i++) await fn();
    let n = 0;
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    while (performance.now() < end) {
      for (let i = 0; i < 50; i++) await fn();
      n += 50;
    }
    return n / ((performance.now() - t0) / 1000);
  };
  const ours = await rate(() => verifier.verify(jws, { now }));
  const raw = await rate(() => ed25519Verify(null, input, publicKey, signature));
  line('offline verification, iotspp', `${ours.toFixed(0)} labels/s (${jws.length}-byte label)`);
  line('offline verification, node:crypto Ed25519', `${raw.toFixed(0)} verifies/s`);
  line('offline verification, ratio iotspp/raw', (ours / raw).toFixed(3));
}

await benchVerify();
await benchHttp();
