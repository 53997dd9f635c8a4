// Labels (one aggregate: a label and its claims). Statuses that depend on the time (expired, support-ended) are
// decided in the query from the ISO-8601 text columns, the same comparison in both dialects, so the registry can
// filter and count by status without loading every label.
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { LabelsTable } from '../schema-labels.js';
import { endOfDay } from '../../domain/labels/dates.js';
import type { LabelFilter, LabelListing, LabelRecord } from '../../domain/labels/label-record.js';
import type { LabelPayload } from '../../domain/labels/payload.js';
import { labelStatus, type LabelState, type LabelStatus, type Supersession, type Withdrawal } from '../../domain/labels/status.js';
import type { AssessmentType, ProductCategory, Verdict, WithdrawalReason } from '../../domain/labels/vocabulary.js';

export function payloadOf(jws: string): LabelPayload {
  return JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8')) as LabelPayload;
}

type StateColumns = Pick<Selectable<LabelsTable>, 'withdrawn_at' | 'withdrawal_reason' | 'withdrawal_note' | 'superseded_by' | 'superseded_at'>;

function stateOf(row: StateColumns, supersededVersion: string | null): LabelState {
  const withdrawal: Withdrawal | null =
    row.withdrawn_at === null ? null : { at: row.withdrawn_at, reason: row.withdrawal_reason as WithdrawalReason, note: row.withdrawal_note ?? '' };
  const supersededBy: Supersession | null =
    row.superseded_by === null ? null : { labelId: row.superseded_by, releaseVersion: supersededVersion ?? '', at: row.superseded_at ?? '' };
  return { withdrawal, supersededBy };
}


export async function insertLabel(db: Kysely<Database>, label: LabelRecord): Promise<void> {
  const p = label.payload;
  await db
    .insertInto('labels')
    .values({
      id: label.id,
      release_id: p.release.id,
      product_id: p.product.id,
      manufacturer_id: p.manufacturer.id,
      manufacturer_name: p.manufacturer.name,
      product_name: p.product.name,
      product_model: p.product.model,
      category: p.product.category,
      release_version: p.release.version,
      support_end: p.supportEnd,
      support_ends_at: endOfDay(p.supportEnd).toISOString(),
      issued_at: new Date(p.iat * 1000).toISOString(),
      expires_at: new Date(p.exp * 1000).toISOString(),
      kid: label.kid,
      jws: label.jws,
      issued_by: label.issuedBy,
      withdrawn_at: null,
      withdrawal_reason: null,
      withdrawal_note: null,
      withdrawn_by: null,
      superseded_by: null,
      superseded_at: null,
      search_text: [p.manufacturer.name, p.product.name, p.product.model ?? '', p.release.version].join(' ').toLowerCase(),
    })
    .execute();
  if (p.conformance.length === 0) return;
  await db
    .insertInto('label_claims')
    .values(
      p.conformance.map((c, position) => ({
        label_id: label.id,
        framework_id: c.framework,
        framework_name: c.frameworkName,
        framework_version: c.frameworkVersion,
        verdict: c.verdict,
        assessment_type: c.assessmentType,
        assessed_at: c.assessedAt,
        position,
      })),
    )
    .execute();
}

/**
 * One label as stored now. `known` is a decoded copy of its signed label that the caller kept from an earlier read:
 * it is reused when the stored bytes are the very same (a label's JWS never changes once issued), sparing the
 * decoding on pages read many times a second; the row itself, and so the label's state, is read every time.
 */
export async function findLabel(db: Kysely<Database>, id: string, known?: { jws: string; payload: LabelPayload }): Promise<LabelRecord | undefined> {
  // The columns a record needs, not the registry's (names, dates, search text): half the row to read and convert.
  const row = await db
    .selectFrom('labels')
    .select(['id', 'jws', 'kid', 'issued_by', 'withdrawn_by', 'withdrawn_at', 'withdrawal_reason', 'withdrawal_note', 'superseded_by', 'superseded_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const newer = row.superseded_by === null ? null : await db.selectFrom('labels').select('release_version').where('id', '=', row.superseded_by).executeTakeFirst();
  const payload = known !== undefined && known.jws === row.jws ? known.payload : payloadOf(row.jws);
  return { id: row.id, jws: row.jws, kid: row.kid, payload, issuedBy: row.issued_by, withdrawnBy: row.withdrawn_by, state: stateOf(row, newer?.release_version ?? null) };
}

/** A product's labels that nothing has replaced or withdrawn yet (candidates for supersession). */
export async function currentLabelsOfProduct(db: Kysely<Database>, productId: string): Promise<{ id: string; releaseId: string; issuedAt: string }[]> {
  const rows = await db
    .selectFrom('labels')
    .select(['id', 'release_id', 'issued_at'])
    .where('product_id', '=', productId)
    .where('withdrawn_at', 'is', null)
    .where('superseded_by', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, releaseId: r.release_id, issuedAt: r.issued_at }));
}

export async function markSuperseded(db: Kysely<Database>, ids: readonly string[], by: string, at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('labels').set({ superseded_by: by, superseded_at: at }).where('id', 'in', ids).where('superseded_by', 'is', null).execute();
}

export async function markWithdrawn(db: Kysely<Database>, id: string, w: Withdrawal, by: string): Promise<void> {
  await db.updateTable('labels').set({ withdrawn_at: w.at, withdrawal_reason: w.reason, withdrawal_note: w.note, withdrawn_by: by }).where('id', '=', id).execute();
}

export async function labelIdsOfRelease(db: Kysely<Database>, releaseId: string): Promise<string[]> {
  return (await db.selectFrom('labels').select('id').where('release_id', '=', releaseId).orderBy('issued_at', 'desc').orderBy('id').execute()).map((r) => r.id);
}

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function statusCondition(eb: ExpressionBuilder<Database, 'labels'>, status: LabelStatus, now: string) {
  const live = eb.and([eb('withdrawn_at', 'is', null), eb('support_ends_at', '>', now)]);
  switch (status) {
    case 'withdrawn':
      return eb('withdrawn_at', 'is not', null);
    case 'support-ended':
      return eb.and([eb('withdrawn_at', 'is', null), eb('support_ends_at', '<=', now)]);
    case 'superseded':
      return eb.and([live, eb('superseded_by', 'is not', null)]);
    case 'expired':
      return eb.and([live, eb('superseded_by', 'is', null), eb('expires_at', '<=', now)]);
    case 'valid':
      return eb.and([live, eb('superseded_by', 'is', null), eb('expires_at', '>', now)]);
  }
}

function filtered(db: Kysely<Database>, f: LabelFilter, now: string) {
  let q = db.selectFrom('labels');
  for (const word of (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)) q = q.where(sql<boolean>`search_text like ${likePattern(word)} escape '\\'`);
  if (f.manufacturerId) q = q.where('manufacturer_id', '=', f.manufacturerId);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.status && f.status.length > 0) {
    const statuses = f.status;
    q = q.where((eb) => eb.or(statuses.map((s) => statusCondition(eb, s, now))));
  }
  if (f.framework) {
    const framework = f.framework;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('label_claims').select('label_claims.label_id').whereRef('label_claims.label_id', '=', 'labels.id').where('label_claims.framework_id', '=', framework).where('label_claims.verdict', '=', 'conforms')),
    );
  }
  return q;
}

export async function searchLabels(db: Kysely<Database>, f: LabelFilter, now: Date, page: { limit: number; offset: number }): Promise<{ items: LabelListing[]; total: number }> {
  const nowIso = now.toISOString();
  const counted = await filtered(db, f, nowIso).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await filtered(db, f, nowIso).selectAll().orderBy('issued_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute();
  const ids = rows.map((r) => r.id);
  const claims = ids.length === 0 ? [] : await db.selectFrom('label_claims').selectAll().where('label_id', 'in', ids).orderBy('label_id').orderBy('position').execute();
  const items = rows.map((r): LabelListing => {
    const state = stateOf(r, null);
    const status = labelStatus({ exp: Date.parse(r.expires_at) / 1000, supportEnd: r.support_end }, state, now);
    return {
      id: r.id,
      manufacturer: { id: r.manufacturer_id, name: r.manufacturer_name },
      product: { id: r.product_id, name: r.product_name, model: r.product_model, category: r.category as ProductCategory | null },
      release: { id: r.release_id, version: r.release_version },
      supportEnd: r.support_end,
      issuedAt: r.issued_at,
      expiresAt: r.expires_at,
      status,
      claims: claims
        .filter((c) => c.label_id === r.id)
        .map((c) => ({ framework: c.framework_id, frameworkName: c.framework_name, frameworkVersion: c.framework_version, verdict: c.verdict as Verdict, assessmentType: c.assessment_type as AssessmentType })),
    };
  });
  return { items, total: Number(counted.n) };
}

/** The manufacturers that have labels, for the registry's filter. */
export async function labelledManufacturers(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  const rows = await db.selectFrom('labels').select(['manufacturer_id', 'manufacturer_name']).distinct().orderBy('manufacturer_name').orderBy('manufacturer_id').execute();
  // A manufacturer renamed between labels appears once, with the name on its newest rows first seen.
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.manufacturer_id)) seen.set(r.manufacturer_id, r.manufacturer_name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** The frameworks some label claims conformance to, for the registry's filter. */
export async function claimedFrameworks(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  const rows = await db.selectFrom('label_claims').select(['framework_id', 'framework_name']).where('verdict', '=', 'conforms').distinct().orderBy('framework_name').orderBy('framework_id').execute();
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.framework_id)) seen.set(r.framework_id, r.framework_name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** The labels one actor ("user:<id>") issued or withdrew, as the registry lists them. */
export async function labelsIssuedOrWithdrawnBy(
  db: Kysely<Database>,
  actor: string,
): Promise<{ id: string; productName: string; releaseVersion: string; issuedAt: string; issuedBy: string; withdrawnAt: string | null; withdrawalReason: string | null; withdrawalNote: string | null; withdrawnBy: string | null }[]> {
  const rows = await db
    .selectFrom('labels')
    .select(['id', 'product_name', 'release_version', 'issued_at', 'issued_by', 'withdrawn_at', 'withdrawal_reason', 'withdrawal_note', 'withdrawn_by'])
    .where((eb) => eb.or([eb('issued_by', '=', actor), eb('withdrawn_by', '=', actor)]))
    .orderBy('issued_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    productName: r.product_name,
    releaseVersion: r.release_version,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    withdrawnAt: r.withdrawn_at,
    withdrawalReason: r.withdrawal_reason,
    withdrawalNote: r.withdrawal_note,
    withdrawnBy: r.withdrawn_by,
  }));
}
