// For the disclosure journey: its own server on a fresh SQLite store (so the test knows the setup link the
// server prints on first start, and the store's file, into which it registers a product as the product
// registry would), and a small API client with a session cookie and CSRF token for the operators' steps.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { generate } from 'otplib';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const PASSWORD = 'a long and unremarkable passphrase';

export interface DisclosureServer {
  url: string;
  setupToken: string;
  databaseFile: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(): Promise<DisclosureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'iotspp-disclosure-'));
  const databaseFile = join(dir, 'iotspp.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'iotspp.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: `sqlite:${databaseFile}`, LOG_LEVEL: 'warn', PUBLIC_URL: url, SMTP_URL: '', SECRET_KEY_FILE: join(dir, 'secret.key') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 120_000;
  let token: string | null = null;
  while (token === null) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${out}`);
    if (Date.now() > deadline) throw new Error(`no setup link printed:\n${out}`);
    token = /#token=([A-Za-z0-9_-]+)/.exec(out)?.[1] ?? null;
    if (token === null) await new Promise((r) => setTimeout(r, 250));
  }
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no /healthz:\n${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    setupToken: token,
    databaseFile,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in user of the API: its session cookie (which the browser can use too) and CSRF token. */
export class ApiUser {
  constructor(
    readonly base: string,
    readonly id: string,
    public cookie: string,
    public csrf: string,
  ) {}

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { cookie: `iotspp_session=${this.cookie}`, 'x-csrf-token': this.csrf, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const data = (res.status === 204 ? {} : await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
    return data;
  }
}

function cookieOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('iotspp_session='));
  if (!header) throw new Error(`no session cookie (${res.status})`);
  return header.slice('iotspp_session='.length).split(';')[0]!;
}

async function signIn(base: string, email: string): Promise<ApiUser> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  return new ApiUser(base, body.user.id, cookieOf(res), body.csrfToken);
}

export async function setupAdministrator(server: DisclosureServer): Promise<ApiUser> {
  const res = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: server.setupToken, email: 'admin@example.org', password: PASSWORD, displayName: 'Platform Administrator', organisation: { name: 'Platform Secretariat', type: 'international-organisation-or-ngo', country: 'INT' } }),
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${await res.text()}`);
  const admin = await signIn(server.url, 'admin@example.org');
  const { secret } = await admin.call<{ secret: string }>('POST', '/api/me/totp');
  const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
  const confirm = await fetch(`${server.url}/api/me/totp/confirm`, {
    method: 'POST',
    headers: { cookie: `iotspp_session=${admin.cookie}`, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!confirm.ok) throw new Error(`TOTP confirm: ${confirm.status} ${await confirm.text()}`);
  return new ApiUser(server.url, admin.id, cookieOf(confirm), ((await confirm.json()) as { csrfToken: string }).csrfToken);
}

/** Invites a user (roles that need no second factor), accepts the mailed link (read in the outbox), signs in. */
export async function createUser(admin: ApiUser, email: string, organisationId: string, roles: string[]): Promise<ApiUser> {
  await admin.call('POST', '/api/invitations', { email, organisationId, roles });
  const outbox = await admin.call<{ items: { to: string | null; body: string }[] }>('GET', '/api/admin/outbox?limit=200');
  const token = /#token=([A-Za-z0-9_-]+)/.exec(outbox.items.find((m) => m.to === email)?.body ?? '')?.[1];
  if (!token) throw new Error(`no invitation mailed to ${email}`);
  const accept = await fetch(`${admin.base}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password: PASSWORD, displayName: email.split('@')[0] }) });
  if (accept.status !== 201) throw new Error(`accept: ${accept.status} ${await accept.text()}`);
  return signIn(admin.base, email);
}

/** Registers a product and its releases straight in the store (the product registry's tables, issue 6). */
export function registerProduct(server: DisclosureServer, organisationId: string, name: string, versions: string[]): { productId: string } {
  const db = new SQLite(server.databaseFile);
  try {
    db.pragma('busy_timeout = 5000');
    const productId = randomUUID();
    const now = new Date().toISOString();
    db.prepare('insert into products (id, organisation_id, name, model, category, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)').run(productId, organisationId, name, 'EC-200', 'camera', now, now);
    versions.forEach((version, i) => {
      db.prepare('insert into releases (id, product_id, version, release_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?)').run(randomUUID(), productId, version, `2026-0${i + 1}-15`, now, now);
    });
    return { productId };
  } finally {
    db.close();
  }
}
