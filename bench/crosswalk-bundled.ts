// Crosswalk query latency on the bundled catalogs: every requirement as a start, to every framework and to one
// chosen framework. Run: node bin/run-ts.js bench/crosswalk-bundled.ts
import { loadBundle } from '../src/catalogs/load-bundle.js';
import { buildCrosswalkIndex } from '../src/domain/crosswalk/crosswalk-index.js';
import { inferMappings } from '../src/domain/crosswalk/inferred-mappings.js';
import { gaps } from '../src/domain/crosswalk/gaps.js';
import { consensus } from '../src/domain/crosswalk/consensus.js';
import { performance } from 'node:perf_hooks';
import { line, ms, percentile } from './stats.js';

const bundle = loadBundle();
const data = {
  frameworks: bundle.catalogs.map((c) => c.framework),
  requirements: bundle.catalogs.flatMap((c) => c.requirements),
  mappings: bundle.catalogs.flatMap((c) => c.mappings),
};
const t0 = performance.now();
const index = buildCrosswalkIndex(data);
line('bundled data', `${data.frameworks.length} frameworks, ${data.requirements.length} requirements, ${data.mappings.length} mappings`);
line('index build', ms(performance.now() - t0));

function measure(label: string, query: (key: string) => unknown): void {
  for (const key of index.keys.slice(0, 50)) query(key);
  const times = index.keys.map((key) => {
    const start = performance.now();
    query(key);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  line(label, `n=${times.length}  p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1)!)}`);
}

measure('crosswalk query, all frameworks', (key) => inferMappings(index, key));
measure('crosswalk query, --to uk-psti', (key) => inferMappings(index, key, { to: 'uk-psti' }));

const g0 = performance.now();
gaps(index, 'eu-cra', 'etsi-en-303-645');
line('gaps eu-cra vs etsi-en-303-645', ms(performance.now() - g0));
const c0 = performance.now();
consensus(index);
line('consensus over all frameworks (cached per data version)', ms(performance.now() - c0));
