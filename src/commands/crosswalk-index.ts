// The crosswalk index and the expensive reports derived from it, computed once per registry snapshot (that is,
// once per data version) and shared by every request and command that reads the crosswalk.
import { buildCrosswalkIndex, type CrosswalkIndex } from '../domain/crosswalk/crosswalk-index.js';
import { consensus, type ConsensusReport } from '../domain/crosswalk/consensus.js';
import { baselineCoverage, type BaselineCoverage } from '../domain/crosswalk/coverage.js';
import { memoize, registrySnapshot, type RegistrySnapshot } from './registry-snapshot.js';
import type { Store } from '../db/connect.js';

export interface Crosswalk {
  snapshot: RegistrySnapshot;
  index: CrosswalkIndex;
}

export async function loadCrosswalk(store: Store): Promise<Crosswalk> {
  const snapshot = await registrySnapshot(store);
  const index = memoize(snapshot, 'crosswalk-index', () =>
    buildCrosswalkIndex({ frameworks: snapshot.frameworks, requirements: snapshot.requirements, mappings: snapshot.mappings }),
  );
  return { snapshot, index };
}

export function cachedCoverage(c: Crosswalk): BaselineCoverage {
  return memoize(c.snapshot, 'coverage', () => baselineCoverage(c.index));
}

/** Consensus over all frameworks is cached; a chosen subset is computed on demand. */
export function cachedConsensus(c: Crosswalk, frameworkIds?: string[]): ConsensusReport {
  if (!frameworkIds || frameworkIds.length === 0) return memoize(c.snapshot, 'consensus', () => consensus(c.index));
  return consensus(c.index, { frameworkIds });
}
