// The versions of the published baseline and what made each one: an adopted proposal, or a bundle shipped
// with the software.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { fromJson, toJson } from '../json-column.js';

export interface BaselineVersion {
  version: string;
  recordedAt: string;
  source: 'proposal' | 'bundle';
  proposalId: string | null;
  bundleVersion: string | null;
  changes: unknown[];
  note: string;
}

export async function insertBaselineVersion(db: Kysely<Database>, v: BaselineVersion): Promise<void> {
  await db
    .insertInto('baseline_versions')
    .values({ version: v.version, recorded_at: v.recordedAt, source: v.source, proposal_id: v.proposalId, bundle_version: v.bundleVersion, changes: toJson(v.changes), note: v.note })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}

export async function listBaselineVersions(db: Kysely<Database>): Promise<BaselineVersion[]> {
  const rows = await db.selectFrom('baseline_versions').selectAll().orderBy('recorded_at').orderBy('version').execute();
  return rows.map((r) => ({
    version: r.version,
    recordedAt: r.recorded_at,
    source: r.source as BaselineVersion['source'],
    proposalId: r.proposal_id,
    bundleVersion: r.bundle_version,
    changes: fromJson(r.changes),
    note: r.note,
  }));
}

export async function findBaselineVersion(db: Kysely<Database>, version: string): Promise<BaselineVersion | undefined> {
  return (await listBaselineVersions(db)).find((v) => v.version === version);
}
