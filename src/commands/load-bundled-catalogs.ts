// Loads data/catalogs/ into the store. Runs at every start; it writes only when the bundle's files changed
// since the last load (a hash of their bytes), and then in one transaction, so a crash mid-way loses nothing.
// Curated work survives: rows a curator edited or deleted (recorded in curation_overrides) are left as the
// curator left them, bundled mappings whose ends a curator deleted are skipped, and each such case is
// reported as a conflict (in the result and in the load's audit entry) for a curator to reconcile.
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
import { listOverrides, type CurationOverride } from '../db/repositories/curation-overrides.js';
import { listAllRequirements } from '../db/repositories/requirements.js';
import { requirementKey } from '../domain/frameworks/requirement.js';
import { appendAudit } from './audit.js';
import type { CommandContext } from './context.js';

export interface LoadResult {
  loaded: boolean;
  bundleVersion: string;
  frameworks: number;
  requirements: number;
  mappings: number;
  /** Bundled rows not applied because a curator changed or deleted them (empty when nothing was loaded). */
  conflicts: LoadConflict[];
}

export interface LoadConflict {
  entity: 'framework' | 'requirement' | 'mapping';
  key: string;
  reason: 'curated-edit-kept' | 'curated-deletion-kept' | 'end-deleted-by-curator';
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
  if (!options.force && (await readMeta(db, 'bundle_hash')) === hash) return { loaded: false, ...counts, conflicts: [] };

  const problems = checkCatalogIntegrity({
    frameworks: bundle.catalogs.map((c) => c.framework),
    requirements: bundle.catalogs.flatMap((c) => c.requirements),
    mappings: bundle.catalogs.flatMap((c) => c.mappings),
  });
  const blocking = problems.filter((p) => p.code !== 'unmapped-requirement');
  if (blocking.length > 0) throw new BundleIntegrityError(blocking);

  const conflicts = await db.transaction().execute(async (trx) => {
    const found = await writeBundle(trx, bundle, ctx.clock.now().toISOString());
    await writeMeta(trx, 'bundle_hash', hash);
    await writeMeta(trx, 'bundle_version', bundle.version);
    await bumpDataVersion(trx);
    await appendAudit(trx, ctx, {
      actor: 'system',
      action: 'registry.bundle-load',
      subject: `bundle:${bundle.version}`,
      payload: { hash, ...counts, conflicts: found.map((c) => `${c.entity}:${c.key} ${c.reason}`) },
    });
    return found;
  });
  return { loaded: true, ...counts, conflicts };
}

async function writeBundle(trx: CommandContext['store']['db'], bundle: Bundle, now: string): Promise<LoadConflict[]> {
  const overrides = new Map<string, CurationOverride>((await listOverrides(trx)).map((o) => [`${o.entity} ${o.entityKey}`, o]));
  const override = (entity: LoadConflict['entity'], key: string) => overrides.get(`${entity} ${key}`);
  const conflicts: LoadConflict[] = [];
  const conflict = (entity: LoadConflict['entity'], key: string, o: CurationOverride) =>
    conflicts.push({ entity, key, reason: o.state === 'deleted' ? 'curated-deletion-kept' : 'curated-edit-kept' });

  const bundledIds = new Set(bundle.catalogs.map((c) => c.framework.id));
  for (const existing of await listFrameworks(trx)) {
    if (existing.origin === 'bundled' && !bundledIds.has(existing.id)) await deleteFramework(trx, existing.id);
  }
  const catalogs = bundle.catalogs.filter((c) => {
    const o = override('framework', c.framework.id);
    if (o?.state !== 'deleted') return true;
    conflict('framework', c.framework.id, o);
    return false;
  });
  // Requirements a curator created in a bundled framework, or edited, stay; deleted ones stay away.
  const curatedIds = new Map<string, string[]>();
  for (const o of overrides.values()) {
    if (o.entity !== 'requirement' || o.state !== 'edited') continue;
    const list = curatedIds.get(o.frameworkId) ?? [];
    list.push(o.entityKey.slice(o.frameworkId.length + 1));
    curatedIds.set(o.frameworkId, list);
  }
  for (const c of catalogs) {
    const o = override('framework', c.framework.id);
    if (o) conflict('framework', c.framework.id, o);
    else await upsertFramework(trx, c.framework, 'bundled', now);
    const requirements = c.requirements.filter((r) => {
      const ro = override('requirement', requirementKey(r.frameworkId, r.id));
      if (ro) conflict('requirement', requirementKey(r.frameworkId, r.id), ro);
      return !ro;
    });
    await replaceRequirements(trx, c.framework.id, requirements, curatedIds.get(c.framework.id) ?? []);
  }
  // Mappings last: both ends of every mapping exist by now, whichever file defines them (unless a curator
  // deleted an end, in which case the mapping cannot be stored and is reported).
  const existing = new Set((await listAllRequirements(trx)).map((r) => requirementKey(r.frameworkId, r.id)));
  for (const c of catalogs) {
    const mappings = c.mappings.filter((m) => {
      const mo = override('mapping', m.id);
      if (mo) {
        conflict('mapping', m.id, mo);
        return false;
      }
      if (!existing.has(requirementKey(m.sourceFrameworkId, m.sourceRequirementId)) || !existing.has(requirementKey(m.targetFrameworkId, m.targetRequirementId))) {
        conflicts.push({ entity: 'mapping', key: m.id, reason: 'end-deleted-by-curator' });
        return false;
      }
      return true;
    });
    await deleteMappingsFromFramework(trx, c.framework.id, 'bundled', c.mappings.map((m) => m.id));
    await upsertMappings(trx, mappings, now);
  }
  return conflicts;
}
