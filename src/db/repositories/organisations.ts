import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganisationsTable } from '../schema.js';
import type { Organisation } from '../../domain/accounts/organisation.js';

function fromRow(row: Selectable<OrganisationsTable>): Organisation {
  return { id: row.id, name: row.name, type: row.type as Organisation['type'], country: row.country, createdAt: row.created_at };
}

export async function insertOrganisation(db: Kysely<Database>, o: Organisation): Promise<void> {
  await db.insertInto('organisations').values({ id: o.id, name: o.name, type: o.type, country: o.country, created_at: o.createdAt }).execute();
}

export async function updateOrganisation(db: Kysely<Database>, o: Organisation): Promise<void> {
  await db.updateTable('organisations').set({ name: o.name, type: o.type, country: o.country }).where('id', '=', o.id).execute();
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  return (await db.selectFrom('organisations').selectAll().orderBy('name').orderBy('id').execute()).map(fromRow);
}
