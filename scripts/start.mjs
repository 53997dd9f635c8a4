#!/usr/bin/env node
// `npm start`: builds the web application when dist/web is missing or older than its sources in web/, then runs
// the server (`iotspp serve`), passing signals through so Ctrl-C stops it cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'web', 'index.html');

/** Newest modification time of any file under dir (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// The web sources, and the server schemas whose types they import.
const sourcesChanged = Math.max(newest(join(root, 'web')), statSync(join(root, 'package.json')).mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesChanged) {
  process.stdout.write('Building the web application (dist/web)...\n');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'web', 'vite.config.ts')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('The web application did not build; the API will still start, and / will say how to build it.\n');
  }
}

const server = spawn(process.execPath, [join(root, 'bin', 'iotspp.js'), 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
