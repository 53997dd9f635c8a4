// What the governance commands need beyond a store and a clock: where links in mail point, and SMTP when
// there is one (otherwise mail waits in the outbox, as all the Platform's mail does).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CommandContext } from '../context.js';
import type { Mailer } from '../accounts/mail.js';

export interface GovernanceContext extends CommandContext {
  publicUrl: string;
  mailer: Mailer | null;
}

export type Trx = Kysely<Database>;

/** Dates the Platform records decisions on (adoption of a statement, a report) are UTC calendar days. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
