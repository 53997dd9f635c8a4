// The recorded assessment of each release: which declaration revision and registry data version it was
// derived from, when, and the verdict per framework (what the regulator view aggregates and labels cite).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Verdict } from '../../domain/assessments/status.js';

export interface AssessmentRecord {
  releaseId: string;
  declarationRevision: number;
  dataVersion: number;
  bundleVersion: string | null;
  baselineVersion: string;
  computedAt: string;
  verdicts: FrameworkVerdict[];
}

export interface FrameworkVerdict {
  frameworkId: string;
  frameworkVersion: string;
  verdict: Verdict;
  decidingApplicable: number;
  decidingMet: number;
  decidingFailing: number;
  decidingOpen: number;
}

export async function findAssessmentRecords(db: Kysely<Database>, releaseIds: readonly string[]): Promise<AssessmentRecord[]> {
  if (releaseIds.length === 0) return [];
  const heads = await db.selectFrom('assessments').selectAll().where('release_id', 'in', releaseIds).execute();
  const verdicts = await db.selectFrom('assessment_verdicts').selectAll().where('release_id', 'in', releaseIds).orderBy('framework_id').execute();
  return heads.map((h) => ({
    releaseId: h.release_id,
    declarationRevision: h.declaration_revision,
    dataVersion: h.data_version,
    bundleVersion: h.bundle_version,
    baselineVersion: h.baseline_version,
    computedAt: h.computed_at,
    verdicts: verdicts
      .filter((v) => v.release_id === h.release_id)
      .map((v) => ({
        frameworkId: v.framework_id,
        frameworkVersion: v.framework_version,
        verdict: v.verdict as Verdict,
        decidingApplicable: v.deciding_applicable,
        decidingMet: v.deciding_met,
        decidingFailing: v.deciding_failing,
        decidingOpen: v.deciding_open,
      })),
  }));
}

/** Replaces the record of a release (head and verdicts), inside the caller's transaction. */
export async function saveAssessmentRecord(db: Kysely<Database>, r: AssessmentRecord): Promise<void> {
  const head = { declaration_revision: r.declarationRevision, data_version: r.dataVersion, bundle_version: r.bundleVersion, baseline_version: r.baselineVersion, computed_at: r.computedAt };
  await db.insertInto('assessments').values({ release_id: r.releaseId, ...head }).onConflict((oc) => oc.column('release_id').doUpdateSet(head)).execute();
  await db.deleteFrom('assessment_verdicts').where('release_id', '=', r.releaseId).execute();
  if (r.verdicts.length === 0) return;
  await db
    .insertInto('assessment_verdicts')
    .values(
      r.verdicts.map((v) => ({
        release_id: r.releaseId,
        framework_id: v.frameworkId,
        framework_version: v.frameworkVersion,
        verdict: v.verdict,
        deciding_applicable: v.decidingApplicable,
        deciding_met: v.decidingMet,
        deciding_failing: v.decidingFailing,
        deciding_open: v.decidingOpen,
      })),
    )
    .execute();
}
