// Memberships of the Platform: one row per admission; a member that leaves keeps its row, with the date.
import type { Kysely, Selectable } from 'kysely';
import type { Database, MembershipsTable } from '../schema.js';
import type { MembershipCriterion } from '../../domain/governance/membership.js';

export interface Membership {
  id: string;
  organisationId: string;
  criterion: MembershipCriterion;
  frameworkId: string | null;
  admittedAt: string;
  source: 'founding' | 'proposal';
  proposalId: string | null;
  endedAt: string | null;
  endNote: string | null;
}

/** A current membership with the organisation's public facts. */
export interface MemberOrganisation extends Membership {
  name: string;
  type: string;
  country: string;
}

function fromRow(r: Selectable<MembershipsTable>): Membership {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    criterion: r.criterion as MembershipCriterion,
    frameworkId: r.framework_id,
    admittedAt: r.admitted_at,
    source: r.source as Membership['source'],
    proposalId: r.proposal_id,
    endedAt: r.ended_at,
    endNote: r.end_note,
  };
}

export async function insertMembership(db: Kysely<Database>, m: Membership): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      id: m.id,
      organisation_id: m.organisationId,
      criterion: m.criterion,
      framework_id: m.frameworkId,
      admitted_at: m.admittedAt,
      source: m.source,
      proposal_id: m.proposalId,
      ended_at: m.endedAt,
      end_note: m.endNote,
    })
    .execute();
}

export async function findCurrentMembership(db: Kysely<Database>, organisationId: string): Promise<Membership | undefined> {
  const row = await db.selectFrom('memberships').selectAll().where('organisation_id', '=', organisationId).where('ended_at', 'is', null).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function endMembership(db: Kysely<Database>, id: string, at: string, note: string): Promise<void> {
  await db.updateTable('memberships').set({ ended_at: at, end_note: note }).where('id', '=', id).execute();
}

/** The current members, by name. */
export async function listCurrentMembers(db: Kysely<Database>): Promise<MemberOrganisation[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .selectAll('memberships')
    .select(['organisations.name', 'organisations.type', 'organisations.country'])
    .where('memberships.ended_at', 'is', null)
    .orderBy('organisations.name')
    .orderBy('memberships.organisation_id')
    .execute();
  return rows.map((r) => ({ ...fromRow(r), name: r.name, type: r.type, country: r.country }));
}
