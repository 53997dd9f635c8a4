// What a participant sees of a case, opened with the key: the report, the timeline and attachments the viewer
// may see (internal events only for the PSIRT and coordinators), deadlines and the steps possible now.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CaseRole } from '../../domain/access/disclosure.js';
import { stepsFrom, type CaseState, type CaseStep } from '../../domain/disclosure/case-state.js';
import type { CvssScore } from '../../domain/disclosure/cvss/cvss-score.js';
import { isPublicationDue, overdueDeadlines, type Overdue } from '../../domain/disclosure/deadlines.js';
import type { ReportContent } from '../../domain/disclosure/report.js';
import { csafPath, CSAF_WHITE_DIRECTORY } from '../../domain/disclosure/csaf/provider-files.js';
import { listAttachments, listEvents, type EventVisibility } from '../../db/repositories/disclosure-events.js';
import { findAdvisory } from '../../db/repositories/disclosure-advisories.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findUser } from '../../db/repositories/users.js';
import { personLabel } from '../accounts/pseudonym.js';
import { attachmentNamePlace, eventPlace, openContent, type LoadedCase } from './case-access.js';
import type { DisclosureContext } from './disclosure-context.js';
import type { RegisteredRelease } from './product-registry.js';

export interface EventView {
  seq: number;
  at: string;
  kind: string;
  visibility: EventVisibility;
  author: { role: string; name: string };
  body: Record<string, unknown>;
}

export interface AttachmentView {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  createdAt: string;
}

export interface CaseView {
  id: string;
  trackingId: string;
  productId: string;
  productName: string;
  manufacturer: { id: string; name: string };
  state: CaseState;
  receivedAt: string;
  acknowledgementDueAt: string;
  publicationDueAt: string;
  scores: CvssScore[];
  cve: string | null;
  duplicateOf: string | null;
  affectedReleaseIds: string[];
  fixedReleaseIds: string[];
  releases: RegisteredRelease[];
  advisory: { id: string; url: string } | null;
  content: ReportContent;
  events: EventView[];
  attachments: AttachmentView[];
  overdue: Overdue[];
  /** The steps the viewer may take now (empty unless the viewer is on the manufacturer's PSIRT). */
  nextSteps: CaseStep[];
  viewerRoles: CaseRole[];
  coordinators: { userId: string; name: string; organisation: string }[];
}

async function personName(db: Kysely<Database>, userId: string | null): Promise<{ name: string; organisation: string }> {
  const user = userId ? await findUser(db, userId) : undefined;
  const org = user?.organisationId ? await findOrganisation(db, user.organisationId) : undefined;
  // A deleted account shows as its pseudonym (its name is erased; the record of what it did stays).
  return { name: personLabel(user) ?? 'Former user', organisation: org?.name ?? '' };
}

export function advisoryUrl(publicUrl: string, advisory: { id: string; initialReleaseDate: string }): string {
  return `${publicUrl}${CSAF_WHITE_DIRECTORY}/${csafPath({ trackingId: advisory.id, initialReleaseDate: advisory.initialReleaseDate })}`;
}

/** The case as the viewer may see it. `roles` is ['reporter'] for the holder of the private link. */
export async function caseView(ctx: DisclosureContext, loaded: LoadedCase, roles: CaseRole[]): Promise<CaseView> {
  const db = ctx.store.db;
  const c = loaded.record;
  const now = ctx.clock.now();
  const internal = roles.includes('psirt') || roles.includes('coordinator');
  const visibilities: EventVisibility[] = internal ? ['all', 'internal'] : ['all'];
  const manufacturer = await findOrganisation(db, c.manufacturerId);
  const manufacturerName = manufacturer?.name ?? 'The manufacturer';
  const content = openContent(ctx.sealer, c);

  const stored = await listEvents(db, c.id, visibilities);
  const events: EventView[] = [];
  for (const e of stored) {
    let name: string;
    if (e.authorRole === 'reporter') name = content.reporterName ?? 'Reporter';
    else if (e.authorRole === 'system') name = 'Platform';
    // The reporter sees the manufacturer's team, not its people; a step taken by the Platform for the PSIRT
    // (demo data, imports) has no person behind it.
    else if (e.authorRole === 'psirt' && (!internal || e.authorUserId === null)) name = `${manufacturerName} PSIRT`;
    else {
      const p = await personName(db, e.authorUserId);
      name = p.organisation ? `${p.name} (${p.organisation})` : p.name;
    }
    const body = JSON.parse(ctx.sealer.open(e.bodySealed, eventPlace(e.id))) as Record<string, unknown>;
    events.push({ seq: e.seq, at: e.at, kind: e.kind, visibility: e.visibility, author: { role: e.authorRole, name }, body });
  }

  // In the order of the timeline, and within an event in the order they were attached.
  const position = new Map<string, number>();
  for (const e of events) for (const id of (e.body.attachmentIds as string[] | undefined) ?? []) position.set(id, position.size);
  const attachments = (await listAttachments(db, c.id))
    .filter((a) => position.has(a.id))
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!)
    .map((a) => ({ id: a.id, name: ctx.sealer.open(a.nameSealed, attachmentNamePlace(a.id)), mediaType: a.mediaType, size: a.size, createdAt: a.createdAt }));

  const coordinators = [];
  for (const userId of loaded.coordinatorUserIds) coordinators.push({ userId, ...(await personName(db, userId)) });

  const advisory = c.advisoryId ? await findAdvisory(db, c.advisoryId) : undefined;
  const product = await ctx.products.findProduct(c.productId);
  const context = { scored: c.scores.length > 0, publicationDue: isPublicationDue(c, now) };
  const psirt = roles.includes('psirt');
  const coordinatorMayPublish = roles.includes('coordinator') && context.publicationDue;
  const nextSteps = stepsFrom(c.state, context).filter((s) => psirt || (s === 'publish' && coordinatorMayPublish));

  return {
    id: c.id,
    trackingId: c.trackingId,
    productId: c.productId,
    productName: c.productName,
    manufacturer: { id: c.manufacturerId, name: manufacturerName },
    state: c.state,
    receivedAt: c.receivedAt,
    acknowledgementDueAt: c.acknowledgementDueAt,
    publicationDueAt: c.publicationDueAt,
    scores: c.scores,
    cve: c.cve,
    duplicateOf: c.duplicateOf,
    affectedReleaseIds: c.affectedReleaseIds,
    fixedReleaseIds: c.fixedReleaseIds,
    releases: product?.releases ?? [],
    advisory: advisory ? { id: advisory.id, url: advisoryUrl(ctx.publicUrl, advisory) } : null,
    content,
    events,
    attachments,
    overdue: overdueDeadlines(c, now),
    nextSteps,
    viewerRoles: roles,
    coordinators,
  };
}
