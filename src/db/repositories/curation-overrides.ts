// Which bundled rows a curator has taken over: the bundle loader leaves these alone (edited rows keep the
// curated content, deleted rows stay deleted) and reports them, so curated work survives a bundle update.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { HistoryEntity } from './history.js';

export interface CurationOverride {
  entity: HistoryEntity;
  entityKey: string;
  frameworkId: string;
  state: 'edited' | 'deleted';
  updatedAt: string;
}

export async function writeOverride(db: Kysely<Database>, o: CurationOverride): Promise<void> {
  const values = { framework_id: o.frameworkId, state: o.state, updated_at: o.updatedAt };
  await db
    .insertInto('curation_overrides')
    .values({ entity: o.entity, entity_key: o.entityKey, ...values })
    .onConflict((oc) => oc.columns(['entity', 'entity_key']).doUpdateSet(values))
    .execute();
}

export async function listOverrides(db: Kysely<Database>): Promise<CurationOverride[]> {
  const rows = await db.selectFrom('curation_overrides').selectAll().orderBy('entity').orderBy('entity_key').execute();
  return rows.map((r) => ({
    entity: r.entity as HistoryEntity,
    entityKey: r.entity_key,
    frameworkId: r.framework_id,
    state: r.state as CurationOverride['state'],
    updatedAt: r.updated_at,
  }));
}
