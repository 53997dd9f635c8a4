// Platform settings decided by vote (today one: the Expert Advisors Group's one-per-country rule).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { DEFAULT_SETTINGS, type SettingKey } from '../../domain/governance/expert-advisors.js';
import { fromJson, toJson } from '../json-column.js';

export interface SettingState {
  key: SettingKey;
  value: boolean;
  updatedAt: string | null;
  proposalId: string | null;
}

export async function readSettings(db: Kysely<Database>): Promise<SettingState[]> {
  const rows = await db.selectFrom('governance_settings').selectAll().execute();
  return (Object.keys(DEFAULT_SETTINGS) as SettingKey[]).map((key) => {
    const row = rows.find((r) => r.key === key);
    return row ? { key, value: fromJson<boolean>(row.value), updatedAt: row.updated_at, proposalId: row.proposal_id } : { key, value: DEFAULT_SETTINGS[key], updatedAt: null, proposalId: null };
  });
}

export async function readSetting(db: Kysely<Database>, key: SettingKey): Promise<boolean> {
  return (await readSettings(db)).find((s) => s.key === key)!.value;
}

export async function writeSetting(db: Kysely<Database>, key: SettingKey, value: boolean, at: string, proposalId: string): Promise<void> {
  const values = { value: toJson(value), updated_at: at, proposal_id: proposalId };
  await db
    .insertInto('governance_settings')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}
