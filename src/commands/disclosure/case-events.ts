// Appending to a case's timeline: the body is sealed in its place, and the case's updated_at moves with it.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CaseRole } from '../../domain/access/disclosure.js';
import { appendEvent, type EventVisibility, type StoredEvent } from '../../db/repositories/disclosure-events.js';
import { newId } from '../accounts/secrets.js';
import { eventPlace } from './case-access.js';
import type { DisclosureContext } from './disclosure-context.js';

/** Who acts on a case, and in which capacity. */
export interface CaseAuthor {
  role: CaseRole | 'system';
  userId: string | null;
}

export const EVENT_KINDS = ['received', 'step', 'message', 'publication-date', 'coordinator-added', 'advisory', 'notice'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export async function recordEvent(
  trx: Kysely<Database>,
  ctx: DisclosureContext,
  caseId: string,
  e: { author: CaseAuthor; kind: EventKind; visibility: EventVisibility; body: Record<string, unknown>; id?: string },
): Promise<StoredEvent> {
  const id = e.id ?? newId();
  const at = ctx.clock.now().toISOString();
  const event = await appendEvent(trx, {
    id,
    caseId,
    at,
    authorRole: e.author.role,
    authorUserId: e.author.userId,
    kind: e.kind,
    visibility: e.visibility,
    bodySealed: ctx.sealer.seal(JSON.stringify(e.body), eventPlace(id)),
  });
  await trx.updateTable('disclosure_cases').set({ updated_at: at }).where('id', '=', caseId).execute();
  return event;
}

/** The audit log's name for a case author. */
export function auditAuthor(author: CaseAuthor, viaLink = false): string {
  if (author.userId) return `user:${author.userId}`;
  if (author.role === 'reporter') return viaLink ? 'reporter-link' : 'anonymous';
  return 'system';
}
