// The extension point for personal data: every feature that stores data about a user adds a contributor to
// `personalDataContributors` (explicitly, here, not by a side-effect import), saying how to export it and how
// to erase it. GET /api/me/export and DELETE /api/me call them all, so a new feature cannot forget either.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface PersonalDataContributor {
  /** The key its data appears under in the export's `other` section. */
  name: string;
  export(db: Kysely<Database>, userId: string): Promise<unknown>;
  /** Erases (or anonymises) the user's data; runs inside the account deletion's transaction. */
  erase(trx: Kysely<Database>, userId: string): Promise<void>;
}

/** Features with personal data of their own add their contributor to this list. */
export const personalDataContributors: PersonalDataContributor[] = [];

/** What the audit log and history show for an erased account: stable, and not linkable to the person. */
export function deletedUserPseudonym(userId: string, sha256: (text: string) => string): string {
  return `deleted-user-${sha256(`pseudonym:${userId}`).slice(0, 12)}`;
}
