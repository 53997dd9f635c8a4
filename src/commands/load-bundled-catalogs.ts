// Loads data/catalogs/ into the store. Runs at every start; it writes only when the bundle's files changed
// since the last load (a hash of their bytes), and then in one transaction, so a crash mid-way loses nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogFiles, loadBundle, type Bundle } from '../catalogs/load-bundle.js';
import { CATALOG_DIR, DATA_DIR } from '../catalogs/bundle-paths.js';
import { checkCatalogIntegrity } from '../domain/frameworks/catalog-integrity.js';
import { listFrameworks, upsertFramework, deleteFramework } from '../db/repositories/frameworks.js';
import { replaceRequirements } from '../db/repositories/requirements.js';
import { deleteMappingsFromFramework, upsertMappings } from '../db/repositories/mappings.js';
import { bumpDataVersion, readMeta, writeMeta } from '../db/repositories/meta.js';
import type { CommandContext } from './context.js';

export interface LoadResult {
  loaded: boolean;
  bundleVersion: string;
  frameworks: number;
  requirements: number;
  mappings: number;
}

export class BundleIntegrityError extends Error {
  constructor(readonly problems: { code: string; message: string }[]) {
    super(`the bundled catalogs have ${problems.length} problem(s); first: ${problems[0]?.message ?? ''}`);
  }
}

export function bundleHash(catalogDir = CATALOG_DIR, dataDir = DATA_DIR): string {
  const hash = createHash('sha256');
  for (const file of [join(dataDir, 'bundle.json'), ...catalogFiles(catalogDir)]) {
    hash.update(file.slice(file.lastIndexOf('/') + 1)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export async function loadBundledCatalogs(
  ctx: CommandContext,
  options: { force?: boolean; catalogDir?: string; dataDir?: string } = {},
): Promise<LoadResult> {
  const hash = bundleHash(options.catalogDir, options.dataDir);
  const bundle = loadBundle(options);
  const counts = {
    bundleVersion: bundle.version,
    frameworks: bundle.catalogs.length,
    requirements: bundle.catalogs.reduce((n, c) => n + c.requirements.length, 0),
    mappings: bundle.catalogs.reduce((n, c) => n + c.mappings.length, 0),
  };
  const db = ctx.store.db;
  if (!options.force && (await readMeta(db, 'bundle_hash')) === hash) return { loaded: false, ...counts };

  const problems = checkCatalogIntegrity({
    frameworks: bundle.catalogs.map((c) => c.framework),
    requirements: bundle.catalogs.flatMap((c) => c.requirements),
    mappings: bundle.catalogs.flatMap((c) => c.mappings),
  });
  const blocking = problems.filter((p) => p.code !== 'unmapped-requirement');
  if (blocking.length > 0) throw new BundleIntegrityError(blocking);

  await db.transaction().execute(async (trx) => {
    await writeBundle(trx, bundle, ctx.clock.now().toISOString());
    await writeMeta(trx, 'bundle_hash', hash);
    await writeMeta(trx, 'bundle_version', bundle.version);
    await bumpDataVersion(trx);
  });
  return { loaded: true, ...counts };
}

async function writeBundle(trx: CommandContext['store']['db'], bundle: Bundle, now: string): Promise<void> {
  const bundledIds = new Set(bundle.catalogs.map((c) => c.framework.id));
  for (const existing of await listFrameworks(trx)) {
    if (existing.origin === 'bundled' && !bundledIds.has(existing.id)) await deleteFramework(trx, existing.id);
  }
  for (const c of bundle.catalogs) {
    await upsertFramework(trx, c.framework, 'bundled', now);
    await replaceRequirements(trx, c.framework.id, c.requirements);
  }
  // Mappings last: both ends of every mapping exist by now, whichever file defines them.
  for (const c of bundle.catalogs) {
    await deleteMappingsFromFramework(trx, c.framework.id, 'bundled', c.mappings.map((m) => m.id));
    await upsertMappings(trx, c.mappings, now);
  }
}
