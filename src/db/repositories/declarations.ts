// The current declaration of each release.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { DeclarationsTable } from '../schema-products.js';
import { fromJson, toJson } from '../json-column.js';
import type { StoredDeclaration } from '../../domain/assessments/product.js';

function fromRow(r: Selectable<DeclarationsTable>): StoredDeclaration {
  return {
    releaseId: r.release_id,
    revision: r.revision,
    baselineVersion: r.baseline_version,
    facts: fromJson(r.facts),
    answers: fromJson(r.answers),
    followUp: fromJson(r.follow_up),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export async function findDeclaration(db: Kysely<Database>, releaseId: string): Promise<StoredDeclaration | undefined> {
  const row = await db.selectFrom('declarations').selectAll().where('release_id', '=', releaseId).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findDeclarations(db: Kysely<Database>, releaseIds: readonly string[]): Promise<StoredDeclaration[]> {
  if (releaseIds.length === 0) return [];
  return (await db.selectFrom('declarations').selectAll().where('release_id', 'in', releaseIds).execute()).map(fromRow);
}

/** Inserts revision 1 or replaces the row; the caller computed the next revision inside its transaction. */
export async function saveDeclaration(db: Kysely<Database>, d: StoredDeclaration): Promise<void> {
  const values = {
    revision: d.revision,
    baseline_version: d.baselineVersion,
    facts: toJson(d.facts),
    answers: toJson(d.answers),
    follow_up: toJson(d.followUp),
    updated_at: d.updatedAt,
    updated_by: d.updatedBy,
  };
  await db
    .insertInto('declarations')
    .values({ release_id: d.releaseId, ...values })
    .onConflict((oc) => oc.column('release_id').doUpdateSet(values))
    .execute();
}

/** Declarations whose current revision one actor ("user:<id>") wrote. */
export async function declarationsLastWrittenBy(db: Kysely<Database>, actor: string): Promise<StoredDeclaration[]> {
  return (await db.selectFrom('declarations').selectAll().where('updated_by', '=', actor).orderBy('updated_at').execute()).map(fromRow);
}
