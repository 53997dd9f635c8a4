import type { Kysely, Selectable } from 'kysely';
import type { Database, HistoryTable } from '../schema.js';
import { fromJson, toJson } from '../json-column.js';

export const HISTORY_ENTITIES = ['framework', 'requirement', 'mapping'] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];

export interface HistoryRecord {
  auditSeq: number;
  entity: HistoryEntity;
  entityKey: string;
  frameworkId: string;
  change: 'create' | 'update' | 'delete';
  actor: string;
  at: string;
  before: unknown;
  after: unknown;
}

function fromRow(row: Selectable<HistoryTable>): HistoryRecord {
  return {
    auditSeq: Number(row.audit_seq),
    entity: row.entity as HistoryEntity,
    entityKey: row.entity_key,
    frameworkId: row.framework_id,
    change: row.change as HistoryRecord['change'],
    actor: row.actor,
    at: row.at,
    before: row.before === null ? null : fromJson(row.before),
    after: row.after === null ? null : fromJson(row.after),
  };
}

export async function insertHistory(db: Kysely<Database>, h: HistoryRecord): Promise<void> {
  await db
    .insertInto('history')
    .values({
      audit_seq: h.auditSeq,
      entity: h.entity,
      entity_key: h.entityKey,
      framework_id: h.frameworkId,
      change: h.change,
      actor: h.actor,
      at: h.at,
      before: h.before === null ? null : toJson(h.before),
      after: h.after === null ? null : toJson(h.after),
    })
    .execute();
}

export async function listHistory(
  db: Kysely<Database>,
  filter: { entity?: HistoryEntity; entityKey?: string; frameworkId?: string; actor?: string },
  page: { limit: number; offset: number },
): Promise<{ items: HistoryRecord[]; total: number }> {
  let q = db.selectFrom('history');
  if (filter.entity) q = q.where('entity', '=', filter.entity);
  if (filter.entityKey) q = q.where('entity_key', '=', filter.entityKey);
  if (filter.frameworkId) q = q.where('framework_id', '=', filter.frameworkId);
  if (filter.actor) q = q.where('actor', '=', filter.actor);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('audit_seq', 'desc').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(fromRow), total: Number(count.n) };
}
