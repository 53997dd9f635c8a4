// The assessment plan straight from the bundled catalogs in data/, in memory: what `iotspp assess` uses, so a
// manufacturer's CI can assess a declaration with no server and no database. Built once per process.
import { loadBundle } from '../../catalogs/load-bundle.js';
import { buildCrosswalkIndex } from '../../domain/crosswalk/crosswalk-index.js';
import { buildAssessmentPlan, type AssessmentPlan } from '../../domain/assessments/derivation-plan.js';
import type { DeclarationVocabulary } from '../../domain/assessments/declaration-checks.js';
import { vocabularyOf } from '../../domain/assessments/vocabulary.js';

export interface AssessmentRegistry {
  plan: AssessmentPlan;
  vocabulary: DeclarationVocabulary;
  /** The version of the bundle of catalogs (data/bundle.json), recorded with every result. */
  bundleVersion: string | null;
  /** The store's data version; null offline, where the bundle is read directly. */
  dataVersion: number | null;
}

let cached: AssessmentRegistry | null = null;

export function offlineRegistry(): AssessmentRegistry {
  if (cached) return cached;
  const bundle = loadBundle();
  const index = buildCrosswalkIndex({
    frameworks: bundle.catalogs.map((c) => c.framework),
    requirements: bundle.catalogs.flatMap((c) => c.requirements),
    mappings: bundle.catalogs.flatMap((c) => c.mappings),
  });
  const plan = buildAssessmentPlan(index);
  cached = { plan, vocabulary: vocabularyOf(plan), bundleVersion: bundle.version, dataVersion: null };
  return cached;
}
