// A case's timeline (append-only: steps, messages, deadline changes, invitations) and its attachments. Bodies and
// file contents are sealed; the repository stores and returns them as they are.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { DisclosureCaseEventsTable } from '../schema-disclosure.js';

import type { EventVisibility } from '../../domain/disclosure/event-visibility.js';

export type { EventVisibility };

export interface StoredEvent {
  id: string;
  caseId: string;
  seq: number;
  at: string;
  authorRole: string;
  authorUserId: string | null;
  kind: string;
  visibility: EventVisibility;
  bodySealed: string;
}

/** Appends an event as the case's next in sequence (call inside the transaction that changes the case). */
export async function appendEvent(db: Kysely<Database>, e: Omit<StoredEvent, 'seq'>): Promise<StoredEvent> {
  const last = await db.selectFrom('disclosure_case_events').select('seq').where('case_id', '=', e.caseId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const event = { ...e, seq: (last ? Number(last.seq) : 0) + 1 };
  await db
    .insertInto('disclosure_case_events')
    .values({
      id: event.id,
      case_id: event.caseId,
      seq: event.seq,
      at: event.at,
      author_role: event.authorRole,
      author_user_id: event.authorUserId,
      kind: event.kind,
      visibility: event.visibility,
      body_sealed: event.bodySealed,
    })
    .execute();
  return event;
}

export async function listEvents(db: Kysely<Database>, caseId: string, visibilities: readonly EventVisibility[]): Promise<StoredEvent[]> {
  const rows = await db.selectFrom('disclosure_case_events').selectAll().where('case_id', '=', caseId).where('visibility', 'in', [...visibilities]).orderBy('seq').execute();
  return rows.map(eventFromRow);
}

/** Events one person wrote, on any case, in order. */
export async function listEventsBy(db: Kysely<Database>, userId: string): Promise<StoredEvent[]> {
  const rows = await db.selectFrom('disclosure_case_events').selectAll().where('author_user_id', '=', userId).orderBy('at').orderBy('seq').execute();
  return rows.map(eventFromRow);
}

/** Events of one kind on the given cases (e.g. the coordinator-added events that name a person). */
export async function listEventsOfKind(db: Kysely<Database>, caseIds: readonly string[], kind: string): Promise<StoredEvent[]> {
  if (caseIds.length === 0) return [];
  const rows = await db.selectFrom('disclosure_case_events').selectAll().where('case_id', 'in', [...caseIds]).where('kind', '=', kind).orderBy('seq').execute();
  return rows.map(eventFromRow);
}

/** Replaces an event's sealed body (a name in it erased, re-sealed in the same place). */
export async function replaceEventBody(db: Kysely<Database>, eventId: string, bodySealed: string): Promise<void> {
  await db.updateTable('disclosure_case_events').set({ body_sealed: bodySealed }).where('id', '=', eventId).execute();
}

function eventFromRow(r: Selectable<DisclosureCaseEventsTable>): StoredEvent {
  return {
    id: r.id,
    caseId: r.case_id,
    seq: Number(r.seq),
    at: r.at,
    authorRole: r.author_role,
    authorUserId: r.author_user_id,
    kind: r.kind,
    visibility: r.visibility as EventVisibility,
    bodySealed: r.body_sealed,
  };
}

export interface StoredAttachment {
  id: string;
  caseId: string;
  eventId: string;
  nameSealed: string;
  mediaType: string;
  size: number;
  createdAt: string;
}

export async function insertAttachment(db: Kysely<Database>, a: StoredAttachment & { contentSealed: string }): Promise<void> {
  await db
    .insertInto('disclosure_attachments')
    .values({ id: a.id, case_id: a.caseId, event_id: a.eventId, name_sealed: a.nameSealed, media_type: a.mediaType, size: a.size, content_sealed: a.contentSealed, created_at: a.createdAt })
    .execute();
}

/** Attachments of a case, without their contents. */
export async function listAttachments(db: Kysely<Database>, caseId: string): Promise<StoredAttachment[]> {
  const rows = await db
    .selectFrom('disclosure_attachments')
    .select(['id', 'case_id', 'event_id', 'name_sealed', 'media_type', 'size', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, eventId: r.event_id, nameSealed: r.name_sealed, mediaType: r.media_type, size: Number(r.size), createdAt: r.created_at }));
}

export async function findAttachmentContent(db: Kysely<Database>, caseId: string, id: string): Promise<(StoredAttachment & { contentSealed: string }) | undefined> {
  const r = await db.selectFrom('disclosure_attachments').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return { id: r.id, caseId: r.case_id, eventId: r.event_id, nameSealed: r.name_sealed, mediaType: r.media_type, size: Number(r.size), createdAt: r.created_at, contentSealed: r.content_sealed };
}
