// npm run bench: runs every benchmark, one process each (so memory figures are not shared), and prints what
// each prints. Benchmarks print ratios measured in one run on this machine, never absolute targets.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const benches = [
  ['crosswalk on the bundled data', 'bench/crosswalk-bundled.ts'],
  ['crosswalk on a generated catalog (10,000 requirements, 50,000 mappings)', 'bench/crosswalk-generated.ts'],
  ['OSCAL import', 'bench/oscal-import.ts'],
  ['web application bundle size', 'bench/web-bundle.ts'],
  ['bulk assessment', 'bench/assess-bulk.ts'],
  ['label page and verification', 'bench/labels.ts'],
];

let failed = 0;
for (const [title, file] of benches) {
  if (!existsSync(resolve(file!))) continue;
  process.stdout.write(`\n== ${title} (${file})\n`);
  const result = spawnSync(process.execPath, ['bin/run-ts.js', file!], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
