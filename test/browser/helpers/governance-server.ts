// For the governance journey: its own server (so the test knows the setup link the server prints on first
// start) on a fresh SQLite store, and a small API client with a session cookie and CSRF token, to set up the
// administrator, organisations, representatives (with TOTP) and founding members as an operator would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'otplib';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const PASSWORD = 'a long and unremarkable passphrase';

export interface OwnServer {
  url: string;
  setupToken: string;
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

export async function startOwnServer(): Promise<OwnServer> {
  const dir = mkdtempSync(join(tmpdir(), 'iotspp-governance-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'iotspp.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'iotspp.db')}`, LOG_LEVEL: 'warn', PUBLIC_URL: url, SMTP_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 120_000;
  let token: string | null = null;
  while (Date.now() < deadline && token === null) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${out}`);
    token = /#token=([A-Za-z0-9_-]+)/.exec(out)?.[1] ?? null;
    if (token === null) await new Promise((r) => setTimeout(r, 250));
  }
  if (token === null) throw new Error(`no setup link printed:\n${out}`);
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
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in user of the API: the session cookie (for the browser too) and the CSRF token. */
export class ApiUser {
  constructor(
    readonly base: string,
    public cookie: string,
    public csrf: string,
  ) {}

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { cookie: `iotspp_session=${this.cookie}`, 'x-csrf-token': this.csrf, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const data = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
    return data;
  }
}

function cookieOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('iotspp_session='));
  if (!header) throw new Error(`no session cookie (${res.status})`);
  return header.slice('iotspp_session='.length).split(';')[0]!;
}

export async function signIn(base: string, email: string): Promise<ApiUser> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  return new ApiUser(base, cookieOf(res), body.csrfToken);
}

/** Enrols TOTP (needed by administrators and member representatives) and returns the renewed session. */
export async function enrolTotp(user: ApiUser): Promise<ApiUser> {
  const { secret } = await user.call<{ secret: string }>('POST', '/api/me/totp');
  const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
  const res = await fetch(`${user.base}/api/me/totp/confirm`, {
    method: 'POST',
    headers: { cookie: `iotspp_session=${user.cookie}`, 'x-csrf-token': user.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!res.ok) throw new Error(`TOTP confirm: ${res.status} ${await res.text()}`);
  return new ApiUser(user.base, cookieOf(res), ((await res.json()) as { csrfToken: string }).csrfToken);
}

export async function setupAdministrator(server: OwnServer): Promise<ApiUser> {
  const res = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: server.setupToken, email: 'admin@example.org', password: PASSWORD, displayName: 'Platform Administrator', organisation: { name: 'Platform Secretariat', type: 'international-organisation-or-ngo', country: 'INT' } }),
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${await res.text()}`);
  return enrolTotp(await signIn(server.url, 'admin@example.org'));
}

/** Invites a user into an organisation, accepts from the mailed link (read in the outbox), signs in. */
export async function createUser(admin: ApiUser, email: string, organisationId: string, roles: string[]): Promise<ApiUser> {
  await admin.call('POST', '/api/invitations', { email, organisationId, roles });
  const outbox = await admin.call<{ items: { to: string | null; body: string }[] }>('GET', '/api/admin/outbox?limit=200');
  const token = /#token=([A-Za-z0-9_-]+)/.exec(outbox.items.find((m) => m.to === email)?.body ?? '')?.[1];
  if (!token) throw new Error(`no invitation mailed to ${email}`);
  const accept = await fetch(`${admin.base}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password: PASSWORD, displayName: email.split('@')[0] }) });
  if (accept.status !== 201) throw new Error(`accept: ${accept.status} ${await accept.text()}`);
  const user = await signIn(admin.base, email);
  return roles.includes('member-representative') ? enrolTotp(user) : user;
}
