import type { Kysely, Selectable } from 'kysely';
import type { Database, FrameworksTable } from '../schema.js';
import type { Framework } from '../../domain/frameworks/framework.js';
import { fromJson, toJson } from '../json-column.js';

export type FrameworkOrigin = 'bundled' | 'curated' | 'imported';

export interface StoredFramework extends Framework {
  origin: FrameworkOrigin;
  updatedAt: string;
}

function fromRow(row: Selectable<FrameworksTable>): StoredFramework {
  return {
    id: row.id,
    title: row.title,
    shortName: row.short_name,
    version: row.version,
    kind: row.kind as Framework['kind'],
    issuer: row.issuer,
    organisation: row.organisation,
    jurisdictions: fromJson(row.jurisdictions),
    publicationDate: row.publication_date,
    status: row.status as Framework['status'],
    scope: row.scope as Framework['scope'],
    layers: fromJson(row.layers),
    sourceUrl: row.source_url,
    summary: row.summary,
    development: fromJson(row.development),
    licence: fromJson(row.licence),
    conditions: fromJson(row.conditions),
    notes: fromJson(row.notes),
    origin: row.origin as FrameworkOrigin,
    updatedAt: row.updated_at,
  };
}

function toRow(f: Framework, origin: FrameworkOrigin, updatedAt: string): FrameworksTable {
  return {
    id: f.id,
    title: f.title,
    short_name: f.shortName,
    version: f.version,
    kind: f.kind,
    issuer: f.issuer,
    organisation: f.organisation,
    jurisdictions: toJson(f.jurisdictions),
    publication_date: f.publicationDate,
    status: f.status,
    scope: f.scope,
    layers: toJson(f.layers),
    source_url: f.sourceUrl,
    summary: f.summary,
    development: toJson(f.development),
    licence: toJson(f.licence),
    conditions: toJson(f.conditions),
    notes: toJson(f.notes),
    origin,
    updated_at: updatedAt,
  };
}

export async function listFrameworks(db: Kysely<Database>): Promise<StoredFramework[]> {
  const rows = await db.selectFrom('frameworks').selectAll().orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findFramework(db: Kysely<Database>, id: string): Promise<StoredFramework | undefined> {
  const row = await db.selectFrom('frameworks').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function upsertFramework(
  db: Kysely<Database>,
  framework: Framework,
  origin: FrameworkOrigin,
  updatedAt: string,
): Promise<void> {
  const row = toRow(framework, origin, updatedAt);
  const { id: _id, ...changes } = row;
  await db.insertInto('frameworks').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changes)).execute();
}

export async function deleteFramework(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('frameworks').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
