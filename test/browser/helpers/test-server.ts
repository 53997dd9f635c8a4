// The real server (`iotspp serve`) for the browser suites: on 127.0.0.1 at a free port, over a fresh SQLite
// store in a temporary directory that also holds its secret key and label keys, stopped and removed afterwards.
// Suites that set up their own accounts wait for the one-time setup link the server prints on its first start;
// a suite may prepare the store before the server starts (the demo labels, say) with the same environment.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CLI = join(ROOT, 'bin', 'iotspp.js');

export interface TestServer {
  url: string;
  /** The first start's one-time setup link token (null unless asked for). */
  setupToken: string | null;
  databaseFile: string;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Names the temporary directory (iotspp-NAME-…). */
  name: string;
  /** Wait for the setup link the first start prints, and hand its token over. */
  setupLink?: boolean;
  /** Runs before the server starts, with the environment it will have (to load data into its store). */
  prepare?(env: NodeJS.ProcessEnv): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const pause = () => new Promise((r) => setTimeout(r, 250));

export async function startServer({ name, setupLink = false, prepare }: TestServerOptions): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), `iotspp-${name}-`));
  const databaseFile = join(dir, 'iotspp.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    SMTP_URL: '',
    DATABASE_URL: `sqlite:${databaseFile}`,
    SECRET_KEY_FILE: join(dir, 'secret.key'),
    LABEL_KEYS_DIR: join(dir, 'keys'),
  };
  try {
    prepare?.(env);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 120_000;
    const check = (what: string) => {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`${what} within 120 s:\n${output}`);
    };
    let setupToken: string | null = null;
    while (setupLink && setupToken === null) {
      check('no setup link printed');
      setupToken = /#token=([A-Za-z0-9_-]+)/.exec(output)?.[1] ?? null;
      if (setupToken === null) await pause();
    }
    while (!(await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) {
      check('no answer from /healthz');
      await pause();
    }
    return { url, setupToken, databaseFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
