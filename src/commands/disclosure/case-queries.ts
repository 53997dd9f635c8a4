// Lists of cases: a signed-in user's own (as PSIRT member, coordinator or reporter) with their titles opened,
// and the overdue list for coordinators, which shows metadata only (no report contents).
import type { Actor } from '../../domain/access/actor.js';
import { caseRolesOf, type CaseRole } from '../../domain/access/disclosure.js';
import { FINAL_STATES, type CaseState } from '../../domain/disclosure/case-state.js';
import { overdueDeadlines, type Overdue } from '../../domain/disclosure/deadlines.js';
import { severityOf, type CvssSeverity } from '../../domain/disclosure/cvss/cvss-vector.js';
import { casesCoordinatedBy, listCases, listOpenCases, type StoredCase } from '../../db/repositories/disclosure-cases.js';
import { psirtOrganisationsOf } from '../../db/repositories/disclosure-policies.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { openContent, participantsOf } from './case-access.js';
import type { DisclosureContext } from './disclosure-context.js';

export interface CaseSummary {
  id: string;
  trackingId: string;
  title: string;
  productName: string;
  manufacturerName: string;
  state: CaseState;
  receivedAt: string;
  acknowledgementDueAt: string;
  publicationDueAt: string;
  maxScore: number | null;
  severity: CvssSeverity | null;
  overdue: Overdue[];
  viewerRoles: CaseRole[];
}

function maxScore(c: StoredCase): number | null {
  return c.scores.length === 0 ? null : Math.max(...c.scores.map((s) => s.baseScore));
}

export async function myCases(ctx: DisclosureContext, actor: Actor): Promise<CaseSummary[]> {
  if (actor.kind !== 'user') return [];
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const [manufacturerIds, caseIds] = await Promise.all([psirtOrganisationsOf(db, actor.userId), casesCoordinatedBy(db, actor.userId)]);
  const cases = await listCases(db, { manufacturerIds, caseIds, reporterUserId: actor.userId });
  const names = new Map<string, string>();
  const out: CaseSummary[] = [];
  for (const c of cases) {
    const loaded = await participantsOf(db, c, now);
    const roles = caseRolesOf(actor, loaded.resource);
    if (roles.length === 0) continue;
    if (!names.has(c.manufacturerId)) names.set(c.manufacturerId, (await findOrganisation(db, c.manufacturerId))?.name ?? '');
    const score = maxScore(c);
    out.push({
      id: c.id,
      trackingId: c.trackingId,
      title: openContent(ctx.sealer, c).title,
      productName: c.productName,
      manufacturerName: names.get(c.manufacturerId)!,
      state: c.state,
      receivedAt: c.receivedAt,
      acknowledgementDueAt: c.acknowledgementDueAt,
      publicationDueAt: c.publicationDueAt,
      maxScore: score,
      severity: score === null ? null : severityOf(score),
      overdue: overdueDeadlines(c, now),
      viewerRoles: roles,
    });
  }
  return out;
}

export interface OverdueCase {
  id: string;
  trackingId: string;
  productName: string;
  manufacturer: { id: string; name: string };
  state: CaseState;
  receivedAt: string;
  overdue: Overdue[];
  coordinatorCount: number;
  maxScore: number | null;
  /** The viewer already takes part in the case (and can open it). */
  participating: boolean;
}

/** Open cases with a passed deadline, most overdue first. */
export async function overdueCases(ctx: DisclosureContext, actor: Actor): Promise<OverdueCase[]> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const out: OverdueCase[] = [];
  for (const c of await listOpenCases(db, FINAL_STATES)) {
    const overdue = overdueDeadlines(c, now);
    if (overdue.length === 0) continue;
    const loaded = await participantsOf(db, c, now);
    out.push({
      id: c.id,
      trackingId: c.trackingId,
      productName: c.productName,
      manufacturer: { id: c.manufacturerId, name: (await findOrganisation(db, c.manufacturerId))?.name ?? '' },
      state: c.state,
      receivedAt: c.receivedAt,
      overdue,
      coordinatorCount: loaded.coordinatorUserIds.length,
      maxScore: maxScore(c),
      participating: caseRolesOf(actor, loaded.resource).length > 0,
    });
  }
  const worst = (o: OverdueCase) => Math.max(...o.overdue.map((d) => d.daysOverdue));
  return out.sort((a, b) => worst(b) - worst(a) || a.receivedAt.localeCompare(b.receivedAt));
}
