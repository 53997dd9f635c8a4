// Vulnerability disclosure and personal data (docs/personal-data.md).
//
// Export, opened with the key: each case the person reported while signed in, exactly as they may read it
// (the reporter's view: the report, the public timeline with the messages visible to the reporter,
// attachment names), never internal notes; the messages they wrote on other cases (as PSIRT member or
// coordinator) with their text when everyone on the case reads them, and only their time and case when they
// are internal notes, which are the manufacturer's and coordinators' working record; their PSIRT designations
// and coordinations, and those they made.
//
// Erasure: a case is the manufacturer's handling of a vulnerability in its product, which the manufacturer,
// coordinators and, once published, the product's users rely on; its report, timeline and messages stay. What
// identifies the person goes: the reporter's name, contact address and credit in the sealed report, their name
// in "coordinator added" events (replaced by the pseudonym), their place on PSIRTs and cases (so mail and
// "no PSIRT yet" notices go to people who can act), and their intake counter.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findCase, listCases, coordinationsOf, removeCoordinator, replaceCaseContent } from '../../db/repositories/disclosure-cases.js';
import { listEventsBy, listEventsOfKind, replaceEventBody } from '../../db/repositories/disclosure-events.js';
import { psirtDesignationsOf, removePsirtMember } from '../../db/repositories/disclosure-policies.js';
import { appendAudit, userRef } from '../audit.js';
import { clearFailures } from '../accounts/throttle.js';
import { deletedUserPseudonym } from '../accounts/pseudonym.js';
import type { PersonalDataContext, PersonalDataContributor } from '../accounts/personal-data.js';
import { eventPlace, openContent, participantsOf, sealContent } from './case-access.js';
import { caseView } from './case-views.js';
import type { DisclosureContext } from './disclosure-context.js';
import { storeProductRegistry } from './store-product-registry.js';

function disclosureContextOf(ctx: PersonalDataContext): DisclosureContext {
  return { store: ctx.store, clock: ctx.clock, sealer: ctx.sealer, publicUrl: ctx.publicUrl, mailer: null, products: storeProductRegistry(ctx.store.db) };
}

async function exportDisclosure(ctx: PersonalDataContext, userId: string) {
  const db = ctx.store.db;
  const dctx = disclosureContextOf(ctx);
  const reportedCases = await listCases(db, { reporterUserId: userId });
  const reported = [];
  for (const c of reportedCases) {
    const view = await caseView(dctx, await participantsOf(db, c, ctx.clock.now()), ['reporter']);
    reported.push({
      trackingId: view.trackingId,
      product: view.productName,
      manufacturer: view.manufacturer.name,
      state: view.state,
      receivedAt: view.receivedAt,
      report: view.content,
      timeline: view.events.map((e) => ({ at: e.at, kind: e.kind, author: e.author.name, body: e.body })),
      attachments: view.attachments.map((a) => ({ name: a.name, mediaType: a.mediaType, size: a.size, createdAt: a.createdAt })),
      advisory: view.advisory,
    });
  }
  const reportedIds = new Set(reportedCases.map((c) => c.id));
  const trackingIds = new Map<string, string>();
  const trackingId = async (caseId: string) => {
    if (!trackingIds.has(caseId)) trackingIds.set(caseId, (await findCase(db, caseId))?.trackingId ?? caseId);
    return trackingIds.get(caseId)!;
  };
  const messagesWritten = [];
  for (const e of await listEventsBy(db, userId)) {
    if (e.kind !== 'message' || reportedIds.has(e.caseId)) continue;
    const text = e.visibility === 'all' ? (JSON.parse(ctx.sealer.open(e.bodySealed, eventPlace(e.id))) as { text: string }).text : null;
    messagesWritten.push({ case: await trackingId(e.caseId), at: e.at, role: e.authorRole, visibility: e.visibility, text });
  }
  const designations = await psirtDesignationsOf(db, userId);
  const coordinations = await coordinationsOf(db, userId);
  return {
    reportedCases: reported,
    messagesWritten,
    internalNotesWithheld: 'Internal notes (visibility "internal") are the manufacturer\'s and coordinators\' working record: listed with their time, not their text.',
    psirtMemberships: designations.filter((d) => d.userId === userId).map((d) => ({ organisationId: d.organisationId, addedAt: d.addedAt })),
    psirtDesignationsMade: designations.filter((d) => d.addedBy === userRef(userId) && d.userId !== userId).map((d) => ({ organisationId: d.organisationId, designated: userRef(d.userId), addedAt: d.addedAt })),
    coordinating: await Promise.all(coordinations.filter((c) => c.userId === userId).map(async (c) => ({ case: await trackingId(c.caseId), joined: c.addedBy === userId, addedAt: c.addedAt }))),
    coordinatorsInvited: await Promise.all(coordinations.filter((c) => c.addedBy === userId && c.userId !== userId).map(async (c) => ({ case: await trackingId(c.caseId), coordinator: userRef(c.userId), addedAt: c.addedAt }))),
  };
}

async function eraseDisclosure(trx: Kysely<Database>, ctx: PersonalDataContext, userId: string): Promise<void> {
  for (const c of await listCases(trx, { reporterUserId: userId })) {
    const content = openContent(ctx.sealer, c);
    if (content.reporterName === null && content.reporterEmail === null && content.credit === null) continue;
    await replaceCaseContent(trx, c.id, sealContent(ctx.sealer, c.id, { ...content, reporterName: null, reporterEmail: null, credit: null }));
  }
  const coordinated = (await coordinationsOf(trx, userId)).filter((c) => c.userId === userId);
  for (const e of await listEventsOfKind(trx, coordinated.map((c) => c.caseId), 'coordinator-added')) {
    const body = JSON.parse(ctx.sealer.open(e.bodySealed, eventPlace(e.id))) as Record<string, unknown>;
    if (body.userId !== userId) continue;
    await replaceEventBody(trx, e.id, ctx.sealer.seal(JSON.stringify({ ...body, name: deletedUserPseudonym(userId) }), eventPlace(e.id)));
  }
  for (const c of coordinated) {
    await removeCoordinator(trx, c.caseId, userId);
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'disclosure.case.leave', subject: `case:${c.caseId}`, payload: { coordinator: userRef(userId), because: 'account-deleted' } });
  }
  for (const d of (await psirtDesignationsOf(trx, userId)).filter((x) => x.userId === userId)) {
    await removePsirtMember(trx, d.organisationId, userId);
    await appendAudit(trx, ctx, { actor: userRef(userId), action: 'disclosure.psirt.remove', subject: `organisation:${d.organisationId}`, payload: { user: userRef(userId), because: 'account-deleted' } });
  }
  await clearFailures(trx, [`disclosure-intake:user:${userId}`]);
}

export const disclosurePersonalData: PersonalDataContributor = { name: 'disclosure', export: exportDisclosure, erase: eraseDisclosure };
