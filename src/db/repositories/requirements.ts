import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, RequirementsTable } from '../schema.js';
import type { Requirement } from '../../domain/frameworks/requirement.js';
import { fromJson, toJson } from '../json-column.js';

function fromRow(row: Selectable<RequirementsTable>): Requirement {
  return {
    frameworkId: row.framework_id,
    id: row.id,
    title: row.title,
    summary: row.summary,
    level: row.level as Requirement['level'],
    group: row.group_name,
    tags: fromJson(row.tags),
    conditions: fromJson(row.conditions),
    sourceUrl: row.source_url,
    officialRef: row.official_ref,
    verification: row.verification as Requirement['verification'],
    verificationNote: row.verification_note,
    organisations: fromJson(row.organisations),
    footnotes: fromJson(row.footnotes),
    assuranceLevels: fromJson(row.assurance_levels),
    parentId: row.parent_id,
    position: row.position,
  };
}

function searchText(r: Requirement): string {
  return [r.id, r.title, r.summary, r.group, ...r.tags].join('\n').toLowerCase();
}

function toRow(r: Requirement): RequirementsTable {
  return {
    framework_id: r.frameworkId,
    id: r.id,
    title: r.title,
    summary: r.summary,
    level: r.level,
    group_name: r.group,
    tags: toJson(r.tags),
    conditions: toJson(r.conditions),
    source_url: r.sourceUrl,
    official_ref: r.officialRef,
    verification: r.verification,
    verification_note: r.verificationNote,
    organisations: toJson(r.organisations),
    footnotes: toJson(r.footnotes),
    assurance_levels: toJson(r.assuranceLevels),
    parent_id: r.parentId,
    position: r.position,
    search_text: searchText(r),
  };
}

export interface RequirementQuery {
  frameworkId?: string;
  /** Words that must all appear (case-insensitive) in the id, title, summary, group or tags. */
  search?: string;
  level?: string;
  limit: number;
  offset: number;
}

/** Escapes LIKE wildcards so a user's "%" or "_" matches itself. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Kysely<Database>, q: Omit<RequirementQuery, 'limit' | 'offset'>) {
  let query = db.selectFrom('requirements');
  if (q.frameworkId) query = query.where('framework_id', '=', q.frameworkId);
  if (q.level) query = query.where('level', '=', q.level);
  for (const word of (q.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    query = query.where(sql<boolean>`search_text like ${likePattern(word)} escape '\\'`);
  }
  return query;
}

export async function queryRequirements(
  db: Kysely<Database>,
  q: RequirementQuery,
): Promise<{ items: Requirement[]; total: number }> {
  const base = filtered(db, q);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('framework_id').orderBy('position').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(fromRow), total: Number(count.n) };
}

export async function listAllRequirements(db: Kysely<Database>): Promise<Requirement[]> {
  const rows = await db.selectFrom('requirements').selectAll().orderBy('framework_id').orderBy('position').execute();
  return rows.map(fromRow);
}

export async function findRequirement(
  db: Kysely<Database>,
  frameworkId: string,
  id: string,
): Promise<Requirement | undefined> {
  const row = await db
    .selectFrom('requirements')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function countRequirementsByFramework(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('requirements')
    .select(['framework_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('framework_id')
    .execute();
  return new Map(rows.map((r) => [r.framework_id, Number(r.n)]));
}

/** Replaces every requirement of a framework (mappings that pointed at removed ones cascade away). */
export async function replaceRequirements(
  db: Kysely<Database>,
  frameworkId: string,
  requirements: Requirement[],
  /** Ids to keep although they are not in `requirements` (curated ones the bundle loader must leave alone). */
  keepAlso: string[] = [],
): Promise<void> {
  const keep = [...requirements.map((r) => r.id), ...keepAlso];
  let stale = db.deleteFrom('requirements').where('framework_id', '=', frameworkId);
  if (keep.length > 0) stale = stale.where('id', 'not in', keep);
  await stale.execute();
  for (const chunk of chunks(requirements.map(toRow), 200)) {
    await db
      .insertInto('requirements')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['framework_id', 'id']).doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          summary: eb.ref('excluded.summary'),
          level: eb.ref('excluded.level'),
          group_name: eb.ref('excluded.group_name'),
          tags: eb.ref('excluded.tags'),
          conditions: eb.ref('excluded.conditions'),
          source_url: eb.ref('excluded.source_url'),
          official_ref: eb.ref('excluded.official_ref'),
          verification: eb.ref('excluded.verification'),
          verification_note: eb.ref('excluded.verification_note'),
          organisations: eb.ref('excluded.organisations'),
          footnotes: eb.ref('excluded.footnotes'),
          assurance_levels: eb.ref('excluded.assurance_levels'),
          parent_id: eb.ref('excluded.parent_id'),
          position: eb.ref('excluded.position'),
          search_text: eb.ref('excluded.search_text'),
        })),
      )
      .execute();
  }
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Inserts or replaces one requirement (curation). */
export async function upsertRequirement(db: Kysely<Database>, requirement: Requirement): Promise<void> {
  const row = toRow(requirement);
  const { framework_id: _f, id: _i, ...changes } = row;
  await db.insertInto('requirements').values(row).onConflict((oc) => oc.columns(['framework_id', 'id']).doUpdateSet(changes)).execute();
}

/** Deletes one requirement; mappings from or to it cascade away. */
export async function deleteRequirement(db: Kysely<Database>, frameworkId: string, id: string): Promise<void> {
  await db.deleteFrom('requirements').where('framework_id', '=', frameworkId).where('id', '=', id).execute();
}
