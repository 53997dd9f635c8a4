#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
//   1. type-check (tsc --noEmit) for the server and the web application
//   2. the Vitest suites (unit, storage against SQLite and PostgreSQL, HTTP through inject, data checks)
//   3. the browser suites in Debian's Chromium (installed with apt-get when missing and running as root)
// Set IOTSPP_TEST_POSTGRES_URL to use another PostgreSQL server (default postgres://postgres@127.0.0.1:5432/test).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

function run(title, command, args, env = {}) {
  process.stdout.write(`\n== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stderr.write(`\n${title} failed (exit ${result.status ?? result.signal}).\n`);
    process.exit(result.status || 1);
  }
}

function ensureSystemPackages() {
  const needed = [
    ['/usr/bin/chromium', 'chromium'],
    ['/usr/bin/hunspell', 'hunspell'],
    ['/usr/share/hunspell/en_US.dic', 'hunspell-en-us'],
    ['/usr/bin/pdftoppm', 'poppler-utils'],
  ].filter(([path]) => !existsSync(path));
  if (needed.length === 0) return;
  const names = needed.map(([, pkg]) => pkg);
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `Missing system packages for the browser and document tests: ${names.join(' ')}.\n` +
        `Install them with: sudo apt-get install -y ${names.join(' ')}\n`,
    );
    process.exit(1);
  }
  run('install system packages', 'apt-get', ['install', '-y', '-qq', ...names], { DEBIAN_FRONTEND: 'noninteractive' });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
ensureSystemPackages();
run('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (existsSync('web/tsconfig.json')) run('type-check web', npx, ['tsc', '--noEmit', '-p', 'web/tsconfig.json']);
run('tests', npx, ['vitest', 'run']);
if (existsSync('test/browser') && readdirSync('test/browser').some((f) => f.endsWith('.test.ts'))) {
  run('build web', 'npm', ['run', 'build']);
  run('browser tests', npx, ['vitest', 'run', '--config', 'test/browser/vitest.config.ts']);
}
process.stdout.write('\nAll checks passed.\n');
