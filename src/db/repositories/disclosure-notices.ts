// Deadline notices already handled per case, so a notice is sent once however often the tick runs.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function noticeKeys(db: Kysely<Database>, caseIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const byCase = new Map<string, Set<string>>();
  if (caseIds.length === 0) return byCase;
  const rows = await db.selectFrom('disclosure_notices').select(['case_id', 'key']).where('case_id', 'in', [...caseIds]).execute();
  for (const r of rows) {
    const keys = byCase.get(r.case_id) ?? new Set<string>();
    keys.add(r.key);
    byCase.set(r.case_id, keys);
  }
  return byCase;
}

/** Records a notice; false when another run recorded it first (the caller then sends nothing). */
export async function recordNotice(db: Kysely<Database>, n: { caseId: string; key: string; kind: string; at: string; sent: boolean }): Promise<boolean> {
  const result = await db
    .insertInto('disclosure_notices')
    .values({ case_id: n.caseId, key: n.key, kind: n.kind, at: n.at, sent: n.sent ? 1 : 0 })
    .onConflict((oc) => oc.columns(['case_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listNotices(db: Kysely<Database>, caseId: string): Promise<{ key: string; kind: string; at: string; sent: boolean }[]> {
  const rows = await db.selectFrom('disclosure_notices').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('key').execute();
  return rows.map((r) => ({ key: r.key, kind: r.kind, at: r.at, sent: Number(r.sent) === 1 }));
}
