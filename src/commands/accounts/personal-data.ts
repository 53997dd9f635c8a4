// The extension point for personal data: every feature that stores data about a user has a contributor in
// `personalDataContributors` (listed explicitly here, not added by a side-effect import), saying how to export
// it and how to erase it. GET /api/me/export and DELETE /api/me call them all, so a new feature cannot forget
// either. What each feature keeps, erases and why: docs/personal-data.md.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Sealer } from '../../crypto/sealed-box.js';
import type { CommandContext } from '../context.js';
import { governancePersonalData } from '../governance/personal-data.js';
import { disclosurePersonalData } from '../disclosure/personal-data.js';
import { productsPersonalData } from '../products/personal-data.js';
import { labelsPersonalData } from '../labels/personal-data.js';

/** What contributors need: the store and clock, and the key that opens (and re-seals) disclosure's sealed fields. */
export interface PersonalDataContext extends CommandContext {
  sealer: Sealer;
  /** The public origin, for links in the export (advisories). */
  publicUrl: string;
}

export interface PersonalDataContributor {
  /** The key its data appears under in the export's `other` section. */
  name: string;
  export(ctx: PersonalDataContext, userId: string): Promise<unknown>;
  /**
   * Erases (or pseudonymises) the user's data; runs inside the account deletion's transaction (`trx`), before
   * the account's own fields are cleared, so it can still read them.
   */
  erase(trx: Kysely<Database>, ctx: PersonalDataContext, userId: string): Promise<void>;
}

/** Every feature with personal data of its own. */
export const personalDataContributors: readonly PersonalDataContributor[] = [governancePersonalData, disclosurePersonalData, productsPersonalData, labelsPersonalData];
