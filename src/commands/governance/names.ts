// Names for ids the governance records keep (organisations, people), looked up for presentation only.
// People's names are shown to members and expert advisors; the public sees organisations, never people.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { listOrganisations } from '../../db/repositories/organisations.js';
import { findUser } from '../../db/repositories/users.js';

export async function organisationNames(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await listOrganisations(db)).map((o) => [o.id, o.name]));
}

export async function personNames(db: Kysely<Database>, userIds: Iterable<string>): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const id of new Set(userIds)) out.set(id, (await findUser(db, id))?.displayName ?? null);
  return out;
}
