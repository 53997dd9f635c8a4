import type { Kysely, Selectable } from 'kysely';
import type { Database, MappingsTable } from '../schema.js';
import type { Mapping, MappingOrigin } from '../../domain/crosswalk/mapping.js';
import { chunks } from './requirements.js';

function fromRow(row: Selectable<MappingsTable>): Mapping {
  return {
    id: row.id,
    sourceFrameworkId: row.source_framework_id,
    sourceRequirementId: row.source_requirement_id,
    targetFrameworkId: row.target_framework_id,
    targetRequirementId: row.target_requirement_id,
    relationship: row.relationship as Mapping['relationship'],
    strength: row.strength,
    rationale: row.rationale,
    provenance: { source: row.provenance_source, url: row.provenance_url, date: row.provenance_date },
    origin: row.origin as MappingOrigin,
  };
}

function toRow(m: Mapping, updatedAt: string): MappingsTable {
  return {
    id: m.id,
    source_framework_id: m.sourceFrameworkId,
    source_requirement_id: m.sourceRequirementId,
    target_framework_id: m.targetFrameworkId,
    target_requirement_id: m.targetRequirementId,
    relationship: m.relationship,
    strength: m.strength,
    rationale: m.rationale,
    provenance_source: m.provenance.source,
    provenance_url: m.provenance.url,
    provenance_date: m.provenance.date,
    origin: m.origin,
    updated_at: updatedAt,
  };
}

export async function listMappings(db: Kysely<Database>): Promise<Mapping[]> {
  const rows = await db.selectFrom('mappings').selectAll().orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findMapping(db: Kysely<Database>, id: string): Promise<Mapping | undefined> {
  const row = await db.selectFrom('mappings').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function countMappings(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('mappings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts or replaces mappings by id. */
export async function upsertMappings(db: Kysely<Database>, mappings: Mapping[], updatedAt: string): Promise<void> {
  for (const chunk of chunks(mappings.map((m) => toRow(m, updatedAt)), 200)) {
    await db
      .insertInto('mappings')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          relationship: eb.ref('excluded.relationship'),
          strength: eb.ref('excluded.strength'),
          rationale: eb.ref('excluded.rationale'),
          provenance_source: eb.ref('excluded.provenance_source'),
          provenance_url: eb.ref('excluded.provenance_url'),
          provenance_date: eb.ref('excluded.provenance_date'),
          origin: eb.ref('excluded.origin'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

/** Removes mappings of the given origin whose source is in one framework, except the ids to keep. */
export async function deleteMappingsFromFramework(
  db: Kysely<Database>,
  frameworkId: string,
  origin: MappingOrigin,
  keepIds: string[],
): Promise<void> {
  let q = db.deleteFrom('mappings').where('source_framework_id', '=', frameworkId).where('origin', '=', origin);
  if (keepIds.length > 0) q = q.where('id', 'not in', keepIds);
  await q.execute();
}

/** When each mapping stated from a framework last changed (an export's last-modified is the latest). */
export async function mappingUpdateTimes(db: Kysely<Database>, sourceFrameworkId: string): Promise<string[]> {
  const rows = await db.selectFrom('mappings').select('updated_at').where('source_framework_id', '=', sourceFrameworkId).execute();
  return rows.map((r) => r.updated_at);
}

export async function deleteMapping(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('mappings').where('id', '=', id).execute();
}
