// The Platform's charter terms.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { CharterTerm } from '../../domain/governance/charter.js';
import { fromJson, toJson } from '../json-column.js';

export interface StoredCharterTerm extends CharterTerm {
  id: string;
  source: 'initial' | 'proposal';
  proposalId: string | null;
  recordedAt: string;
}

export async function insertCharterTerm(db: Kysely<Database>, t: StoredCharterTerm): Promise<void> {
  await db
    .insertInto('charter_terms')
    .values({ id: t.id, starts_on: t.startsOn, ends_on: t.endsOn, goals: toJson(t.goals), deliverables: toJson(t.deliverables), source: t.source, proposal_id: t.proposalId, recorded_at: t.recordedAt })
    .execute();
}

export async function listCharterTerms(db: Kysely<Database>): Promise<StoredCharterTerm[]> {
  const rows = await db.selectFrom('charter_terms').selectAll().orderBy('starts_on').orderBy('recorded_at').execute();
  return rows.map((r) => ({
    id: r.id,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    goals: fromJson(r.goals),
    deliverables: fromJson(r.deliverables),
    source: r.source as StoredCharterTerm['source'],
    proposalId: r.proposal_id,
    recordedAt: r.recorded_at,
  }));
}
