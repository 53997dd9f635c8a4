// Checks the bundled catalogs: each file against the catalog format, then the bundle as a whole.
// Usage: node bin/run-ts.js scripts/check-data.ts
import { loadBundle, BundleError } from '../src/catalogs/load-bundle.js';
import { checkCatalogIntegrity } from '../src/domain/frameworks/catalog-integrity.js';

try {
  const bundle = loadBundle();
  const data = {
    frameworks: bundle.catalogs.map((c) => c.framework),
    requirements: bundle.catalogs.flatMap((c) => c.requirements),
    mappings: bundle.catalogs.flatMap((c) => c.mappings),
  };
  const problems = checkCatalogIntegrity(data);
  for (const p of problems) process.stderr.write(`${p.code}: ${p.message}\n`);
  process.stdout.write(
    `${data.frameworks.length} frameworks, ${data.requirements.length} requirements, ${data.mappings.length} mappings; ${problems.length} problems\n`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
} catch (e) {
  if (!(e instanceof BundleError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
}
