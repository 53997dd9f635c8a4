// Names for ids the governance records keep (organisations, people), looked up for presentation only.
// People's names are shown to members and expert advisors; the public sees organisations, never people. A
// person whose account was deleted appears under their pseudonym (deleted-user-…), never under a name.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { listOrganisations } from '../../db/repositories/organisations.js';
import { findUser } from '../../db/repositories/users.js';
import { personLabel } from '../accounts/pseudonym.js';

export async function organisationNames(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await listOrganisations(db)).map((o) => [o.id, o.name]));
}

export async function personNames(db: Kysely<Database>, userIds: Iterable<string>): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const id of new Set(userIds)) out.set(id, personLabel(await findUser(db, id)));
  return out;
}
