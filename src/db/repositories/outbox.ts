import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from '../schema.js';

export interface OutboxMessage {
  id: string;
  createdAt: string;
  purpose: string;
  /** Null when the recipient is sealed (toSealed): an anonymous reporter's address is never kept in clear. */
  to: string | null;
  toSealed: string | null;
  userId: string | null;
  subject: string;
  body: string;
  status: 'queued' | 'sent' | 'failed';
  sentAt: string | null;
  error: string | null;
}

function fromRow(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: row.id,
    createdAt: row.created_at,
    purpose: row.purpose,
    to: row.to_address,
    toSealed: row.to_sealed,
    userId: row.user_id,
    subject: row.subject,
    body: row.body,
    status: row.status as OutboxMessage['status'],
    sentAt: row.sent_at,
    error: row.error,
  };
}

export async function insertOutboxMessage(db: Kysely<Database>, m: OutboxMessage): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      id: m.id,
      created_at: m.createdAt,
      purpose: m.purpose,
      to_address: m.to,
      to_sealed: m.toSealed,
      user_id: m.userId,
      subject: m.subject,
      body: m.body,
      status: m.status,
      sent_at: m.sentAt,
      error: m.error,
    })
    .execute();
}

export async function findOutboxMessage(db: Kysely<Database>, id: string): Promise<OutboxMessage | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listOutbox(db: Kysely<Database>, page: { limit: number; offset: number }): Promise<{ items: OutboxMessage[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(fromRow), total: Number(count.n) };
}

/** After SMTP accepted a message its body (which may hold a one-time link) is not kept. */
export async function markOutboxSent(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', sent_at: at, body: '(delivered by SMTP; the body is not kept)', error: null }).where('id', '=', id).execute();
}

export async function markOutboxFailed(db: Kysely<Database>, id: string, error: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'failed', error }).where('id', '=', id).execute();
}

export async function deleteOutboxFor(db: Kysely<Database>, userId: string, email: string | null): Promise<void> {
  await db.deleteFrom('outbox').where('user_id', '=', userId).execute();
  if (email) await db.deleteFrom('outbox').where('to_address', '=', email).execute();
}

/**
 * Replaces a text in the subjects and bodies of messages of the purposes starting with `purposePrefix` (e.g. a
 * proposal's title that named a person, once that person's account is deleted).
 */
export async function rewriteOutboxText(db: Kysely<Database>, purposePrefix: string, from: string, to: string): Promise<void> {
  if (from === '' || from === to) return;
  const rows = await db.selectFrom('outbox').select(['id', 'subject', 'body']).where('purpose', 'like', `${purposePrefix}%`).execute();
  for (const r of rows) {
    if (!r.subject.includes(from) && !r.body.includes(from)) continue;
    await db.updateTable('outbox').set({ subject: r.subject.replaceAll(from, to), body: r.body.replaceAll(from, to) }).where('id', '=', r.id).execute();
  }
}
