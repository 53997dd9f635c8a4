// The audit log table. Appends are serialised (write-lock.ts): two writers must not both read the same head.
// The head (last seq and hash) is kept in meta in the same transaction, so removing the newest entries is
// detectable too.
import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../schema.js';
import type { AuditEntry } from '../../domain/audit/audit-chain.js';
import { fromJson, toJson } from '../json-column.js';
import { readMeta, writeMeta } from './meta.js';
import { lockWrites } from './write-lock.js';

const HEAD_KEY = 'audit_head';

function fromRow(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    payload: fromJson(row.payload),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export async function lockAuditLog(trx: Kysely<Database>): Promise<void> {
  await lockWrites(trx);
}

export async function readAuditHead(db: Kysely<Database>): Promise<{ seq: number; hash: string } | null> {
  const text = await readMeta(db, HEAD_KEY);
  return text ? fromJson(text) : null;
}

export async function insertAuditEntry(trx: Kysely<Database>, e: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, payload: toJson(e.payload), prev_hash: e.prevHash, hash: e.hash })
    .execute();
  await writeMeta(trx, HEAD_KEY, toJson({ seq: e.seq, hash: e.hash }));
}

export async function listAuditEntries(
  db: Kysely<Database>,
  filter: { subject?: string; actor?: string; subjectOrActor?: string; afterSeq?: number; limit?: number; order?: 'asc' | 'desc' } = {},
): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.subject) q = q.where('subject', '=', filter.subject);
  if (filter.actor) q = q.where('actor', '=', filter.actor);
  if (filter.subjectOrActor) {
    const who = filter.subjectOrActor;
    q = q.where((eb) => eb.or([eb('subject', '=', who), eb('actor', '=', who)]));
  }
  if (filter.afterSeq !== undefined) q = q.where('seq', '>', filter.afterSeq);
  q = q.orderBy('seq', filter.order ?? 'asc');
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return (await q.execute()).map(fromRow);
}

export async function countAuditEntries(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
