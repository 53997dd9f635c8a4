// The assessment as the outside world reads it: `iotspp assess --json`, GET /api/releases/:id/assessment, the
// HTML, PDF, CSV and OSCAL outputs all start from this one shape (documented in docs/assessment.md). Fields are
// only ever added to format iotspp-assessment/1, never renamed or removed.
import type { AssessmentResult, FrameworkAssessment } from './assess.js';
import type { Declaration } from './declaration.js';

export const ASSESSMENT_FORMAT = 'iotspp-assessment/1';

export interface AssessmentReport {
  format: typeof ASSESSMENT_FORMAT;
  /** The bundle of catalogs used (data/bundle.json). */
  bundleVersion: string | null;
  /** The store's registry data version (null offline, where the bundle is read directly). */
  dataVersion: number | null;
  baseline: { id: string; version: string };
  product: { name: string; model: string | null; manufacturer: string | null };
  release: { version: string | null; date: string | null; supportEnd: string | null };
  warnings: string[];
  frameworks: FrameworkAssessment[];
}

export function assessmentReport(
  versions: { bundleVersion: string | null; dataVersion: number | null },
  declaration: Declaration,
  result: AssessmentResult,
): AssessmentReport {
  return {
    format: ASSESSMENT_FORMAT,
    bundleVersion: versions.bundleVersion,
    dataVersion: versions.dataVersion,
    baseline: result.baseline,
    product: { name: declaration.product.name, model: declaration.product.model ?? null, manufacturer: declaration.product.manufacturer ?? null },
    release: { version: declaration.release?.version ?? null, date: declaration.release?.date ?? null, supportEnd: declaration.release?.supportEnd ?? null },
    warnings: result.warnings,
    frameworks: result.frameworks,
  };
}
