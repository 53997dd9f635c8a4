// Admitted expert advisors (a person each, admitted by an adopted proposal).
import type { Kysely, Selectable } from 'kysely';
import type { Database, ExpertAdvisorsTable } from '../schema.js';
import type { AdvisorCriterion } from '../../domain/governance/expert-advisors.js';

export interface ExpertAdvisor {
  id: string;
  userId: string;
  country: string;
  criterion: AdvisorCriterion;
  designatedBy: string | null;
  proposalId: string;
  admittedAt: string;
  endedAt: string | null;
}

function fromRow(r: Selectable<ExpertAdvisorsTable>): ExpertAdvisor {
  return {
    id: r.id,
    userId: r.user_id,
    country: r.country,
    criterion: r.criterion as AdvisorCriterion,
    designatedBy: r.designated_by,
    proposalId: r.proposal_id,
    admittedAt: r.admitted_at,
    endedAt: r.ended_at,
  };
}

export async function insertExpertAdvisor(db: Kysely<Database>, a: ExpertAdvisor): Promise<void> {
  await db
    .insertInto('expert_advisors')
    .values({ id: a.id, user_id: a.userId, country: a.country, criterion: a.criterion, designated_by: a.designatedBy, proposal_id: a.proposalId, admitted_at: a.admittedAt, ended_at: a.endedAt })
    .execute();
}

export async function listCurrentAdvisors(db: Kysely<Database>): Promise<ExpertAdvisor[]> {
  return (await db.selectFrom('expert_advisors').selectAll().where('ended_at', 'is', null).orderBy('admitted_at').orderBy('id').execute()).map(fromRow);
}

export async function findCurrentAdvisor(db: Kysely<Database>, userId: string): Promise<ExpertAdvisor | undefined> {
  const row = await db.selectFrom('expert_advisors').selectAll().where('user_id', '=', userId).where('ended_at', 'is', null).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Every admission of a person to the Group, current or ended. */
export async function listAdvisorshipsOf(db: Kysely<Database>, userId: string): Promise<ExpertAdvisor[]> {
  return (await db.selectFrom('expert_advisors').selectAll().where('user_id', '=', userId).orderBy('admitted_at').execute()).map(fromRow);
}

export async function endAdvisorship(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('expert_advisors').set({ ended_at: at }).where('id', '=', id).where('ended_at', 'is', null).execute();
}
