// The assessment plan over the store's registry: built once per data version (memoized on the registry
// snapshot, like the crosswalk index), so a curator's edit or a new bundle reaches assessments at the next read.
import { buildAssessmentPlan } from '../../domain/assessments/derivation-plan.js';
import { vocabularyOf } from '../../domain/assessments/vocabulary.js';
import type { Store } from '../../db/connect.js';
import { loadCrosswalk } from '../crosswalk-index.js';
import { memoize } from '../registry-snapshot.js';
import type { AssessmentRegistry } from './offline-plan.js';

export async function storeRegistry(store: Store): Promise<AssessmentRegistry & { dataVersion: number }> {
  const crosswalk = await loadCrosswalk(store);
  return memoize(crosswalk.snapshot, 'assessment-registry', () => {
    const plan = buildAssessmentPlan(crosswalk.index);
    return { plan, vocabulary: vocabularyOf(plan), bundleVersion: crosswalk.snapshot.bundleVersion, dataVersion: crosswalk.snapshot.dataVersion };
  });
}
