// Who may do what in coordinated vulnerability disclosure. Report contents are the most sensitive data the
// Platform holds, so reading a case is narrower than anything else: only its participants, never
// administrators as such.
//
// - Anyone, signed in or not, files a report; the private link's token (checked in the command) lets its holder
//   follow that one case.
// - A manufacturer's PSIRT: the users its manufacturer editors (or an administrator) designate on its
//   disclosure page (table disclosure_psirt_members). They read and run the manufacturer's cases.
// - Coordinators: users of csirt-psirt organisations invited onto a case (by its PSIRT or another coordinator),
//   or who join it themselves once one of its deadlines has passed. They read the case, write messages, move
//   the publication date, and may publish once the coordinated publication date has passed.
// - The reporter, when signed in at filing time, reads and writes on their case through their account too.
// - The overdue list (metadata, no contents) is for users of csirt-psirt organisations and administrators.
import { hasRole, type Actor } from './actor.js';

export const DISCLOSURE_ACTIONS = [
  'disclosure.report',
  'disclosure.follow',
  'disclosure.policy.manage',
  'disclosure.cases.read',
  'disclosure.case.message',
  'disclosure.case.manage',
  'disclosure.case.deadline',
  'disclosure.case.invite',
  'disclosure.case.join',
  'disclosure.case.publish',
  'disclosure.overdue.read',
] as const;
export type DisclosureAction = (typeof DISCLOSURE_ACTIONS)[number];

export interface CaseParticipants {
  manufacturerId: string;
  psirtUserIds: readonly string[];
  coordinatorUserIds: readonly string[];
  reporterUserId: string | null;
}

export interface CaseResource extends CaseParticipants {
  /** The coordinated publication date has passed. */
  publicationDue: boolean;
  /** A deadline of the case has passed while it is open. */
  overdue: boolean;
}

/** For actions that depend on the organisation the actor belongs to (the route loads its type). */
export interface ActorOrganisationResource {
  actorOrganisationType: string | null;
}

/** For managing a manufacturer's policy and PSIRT. */
export interface ManufacturerResource {
  organisationId: string;
}

export type CaseRole = 'psirt' | 'coordinator' | 'reporter';

export function caseRolesOf(actor: Actor, c: CaseParticipants): CaseRole[] {
  if (actor.kind !== 'user') return [];
  const roles: CaseRole[] = [];
  if (c.psirtUserIds.includes(actor.userId)) roles.push('psirt');
  if (c.coordinatorUserIds.includes(actor.userId)) roles.push('coordinator');
  if (c.reporterUserId === actor.userId) roles.push('reporter');
  return roles;
}

const CASE_ACTIONS: readonly DisclosureAction[] = [
  'disclosure.cases.read',
  'disclosure.case.message',
  'disclosure.case.manage',
  'disclosure.case.deadline',
  'disclosure.case.invite',
  'disclosure.case.join',
  'disclosure.case.publish',
];

export function canDisclosure(actor: Actor, action: DisclosureAction, resource?: unknown): boolean {
  if (action === 'disclosure.report' || action === 'disclosure.follow') return true;
  if (actor.kind !== 'user') return false;
  if (action === 'disclosure.policy.manage') {
    if (hasRole(actor, 'administrator')) return true;
    if (!hasRole(actor, 'manufacturer-editor')) return false;
    const m = resource as ManufacturerResource | undefined;
    return m === undefined || (actor.organisationId !== null && m.organisationId === actor.organisationId);
  }
  if (action === 'disclosure.overdue.read') {
    if (hasRole(actor, 'administrator')) return true;
    const o = resource as ActorOrganisationResource | undefined;
    return o === undefined || o.actorOrganisationType === 'csirt-psirt';
  }
  if (!CASE_ACTIONS.includes(action)) return false;
  // Without the case, a route only asks whether a signed-in user may try; it asks again with the case.
  if (resource === undefined) return true;
  const c = resource as CaseResource & Partial<ActorOrganisationResource>;
  const roles = caseRolesOf(actor, c);
  switch (action) {
    case 'disclosure.cases.read':
    case 'disclosure.case.message':
      return roles.length > 0;
    case 'disclosure.case.manage':
      return roles.includes('psirt');
    case 'disclosure.case.deadline':
    case 'disclosure.case.invite':
      return roles.includes('psirt') || roles.includes('coordinator');
    case 'disclosure.case.publish':
      return roles.includes('psirt') || (roles.includes('coordinator') && c.publicationDue);
    case 'disclosure.case.join':
      return roles.length === 0 && c.overdue && c.actorOrganisationType === 'csirt-psirt';
    default:
      return false;
  }
}
