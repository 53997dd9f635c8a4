// Builds the web application when it is stale, then starts the real server (`iotspp serve`) on 127.0.0.1 with
// a random free port and a fresh SQLite store in a temp directory, and hands its address to the suites.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT as root, startServer } from './helpers/test-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function buildWhenStale(): void {
  const index = join(root, 'dist', 'web', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(root, 'web'))) return;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'web', 'vite.config.ts')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the web application did not build');
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildWhenStale();
  const server = await startServer({ name: 'browser' });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
