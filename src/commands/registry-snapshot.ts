// The whole registry as plain data (what the crosswalk engine takes), cached per store and rebuilt only when
// the data version moves: any write to frameworks, requirements or mappings bumps it, in this process or in
// another one (a CLI import while the server runs), at the cost of one small query per read.
import { listFrameworks, type StoredFramework } from '../db/repositories/frameworks.js';
import { listAllRequirements } from '../db/repositories/requirements.js';
import { listMappings } from '../db/repositories/mappings.js';
import { readDataVersion, readMeta } from '../db/repositories/meta.js';
import type { Requirement } from '../domain/frameworks/requirement.js';
import type { Mapping } from '../domain/crosswalk/mapping.js';
import type { Store } from '../db/connect.js';

export interface RegistrySnapshot {
  dataVersion: number;
  bundleVersion: string | null;
  frameworks: StoredFramework[];
  requirements: Requirement[];
  mappings: Mapping[];
  frameworksById: Map<string, StoredFramework>;
  /** Derived views (crosswalk index...) computed lazily once per snapshot. */
  memo: Map<string, unknown>;
}

const cache = new WeakMap<Store, RegistrySnapshot>();

export async function registrySnapshot(store: Store): Promise<RegistrySnapshot> {
  const version = await readDataVersion(store.db);
  const cached = cache.get(store);
  if (cached && cached.dataVersion === version) return cached;
  const [frameworks, requirements, mappings, bundleVersion] = await Promise.all([
    listFrameworks(store.db),
    listAllRequirements(store.db),
    listMappings(store.db),
    readMeta(store.db, 'bundle_version'),
  ]);
  const snapshot: RegistrySnapshot = {
    dataVersion: version,
    bundleVersion: bundleVersion ?? null,
    frameworks,
    requirements,
    mappings,
    frameworksById: new Map(frameworks.map((f) => [f.id, f])),
    memo: new Map(),
  };
  cache.set(store, snapshot);
  return snapshot;
}

/** Computes a derived view once per snapshot (e.g. the crosswalk index). */
export function memoize<T>(snapshot: RegistrySnapshot, key: string, compute: () => T): T {
  if (!snapshot.memo.has(key)) snapshot.memo.set(key, compute());
  return snapshot.memo.get(key) as T;
}
