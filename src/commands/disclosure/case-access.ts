// Loading a case with everything its permissions depend on (its PSIRT, its coordinators, its reporter and its
// deadlines), and opening or sealing what is sealed in it. Sealed values are bound to their place, so a case's
// contents cannot be moved onto another case.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { caseRolesOf, type CaseResource, type CaseRole } from '../../domain/access/disclosure.js';
import { isPublicationDue, overdueDeadlines } from '../../domain/disclosure/deadlines.js';
import type { ReportContent } from '../../domain/disclosure/report.js';
import { DomainError } from '../../domain/errors.js';
import { findCase, listCoordinators, type StoredCase } from '../../db/repositories/disclosure-cases.js';
import { listPsirtMembers } from '../../db/repositories/disclosure-policies.js';
import type { Sealer } from '../../crypto/sealed-box.js';
import type { DisclosureContext } from './disclosure-context.js';

export interface LoadedCase {
  record: StoredCase;
  psirtUserIds: string[];
  coordinatorUserIds: string[];
  /** What the policy functions need to decide (src/domain/access/disclosure.ts). */
  resource: CaseResource;
}

export async function participantsOf(db: Kysely<Database>, record: StoredCase, now: Date): Promise<LoadedCase> {
  const [psirt, coordinators] = await Promise.all([listPsirtMembers(db, record.manufacturerId), listCoordinators(db, record.id)]);
  const psirtUserIds = psirt.map((m) => m.userId);
  const coordinatorUserIds = coordinators.map((c) => c.userId);
  return {
    record,
    psirtUserIds,
    coordinatorUserIds,
    resource: {
      manufacturerId: record.manufacturerId,
      psirtUserIds,
      coordinatorUserIds,
      reporterUserId: record.reporterUserId,
      publicationDue: isPublicationDue(record, now),
      overdue: overdueDeadlines(record, now).length > 0,
    },
  };
}

export async function loadCase(ctx: Pick<DisclosureContext, 'store' | 'clock'>, caseId: string, db: Kysely<Database> = ctx.store.db): Promise<LoadedCase> {
  const record = await findCase(db, caseId);
  if (!record) throw new DomainError('case_not_found', 'No such case.');
  return participantsOf(db, record, ctx.clock.now());
}

/** The roles the actor holds on the case; a caller with none is told the case does not exist. */
export function rolesOnCase(actor: Actor, loaded: LoadedCase): CaseRole[] {
  return caseRolesOf(actor, loaded.resource);
}

export const contentPlace = (caseId: string) => `disclosure_cases:${caseId}:content`;
export const eventPlace = (eventId: string) => `disclosure_case_events:${eventId}:body`;
export const attachmentNamePlace = (id: string) => `disclosure_attachments:${id}:name`;
export const attachmentContentPlace = (id: string) => `disclosure_attachments:${id}:content`;

export function openContent(sealer: Sealer, record: StoredCase): ReportContent {
  return JSON.parse(sealer.open(record.contentSealed, contentPlace(record.id))) as ReportContent;
}

export function sealContent(sealer: Sealer, caseId: string, content: ReportContent): string {
  return sealer.seal(JSON.stringify(content), contentPlace(caseId));
}
