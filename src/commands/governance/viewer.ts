// Who is asking, as the governance rules see it: loaded once per request from the actor, the organisation,
// its membership and the advisor register (src/domain/governance/visibility.ts says what each can see).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hasRole, type Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { actsForMember, PUBLIC_VIEWER, type Viewer } from '../../domain/governance/visibility.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findCurrentMembership } from '../../db/repositories/memberships.js';
import { findCurrentAdvisor } from '../../db/repositories/expert-advisors.js';

export async function loadViewer(db: Kysely<Database>, actor: Actor): Promise<Viewer> {
  if (actor.kind !== 'user') return PUBLIC_VIEWER;
  const [organisation, membership, advisor] = await Promise.all([
    actor.organisationId ? findOrganisation(db, actor.organisationId) : undefined,
    actor.organisationId ? findCurrentMembership(db, actor.organisationId) : undefined,
    findCurrentAdvisor(db, actor.userId),
  ]);
  return {
    userId: actor.userId,
    organisationId: actor.organisationId,
    organisationType: organisation?.type ?? null,
    member: membership !== undefined,
    advisor: advisor !== undefined,
    representative: hasRole(actor, 'member-representative'),
    administrator: hasRole(actor, 'administrator'),
  };
}

/** Refuses, saying why, anyone who does not act for a member organisation. */
export function requireMemberRepresentative(viewer: Viewer): asserts viewer is Viewer & { organisationId: string; userId: string } {
  if (actsForMember(viewer)) return;
  const why = !viewer.representative
    ? 'Only a member representative acts for a member organisation here.'
    : 'Your organisation is not a member of the Platform.';
  throw new DomainError('not_a_representative', why);
}

export function requireUserId(viewer: Viewer): string {
  if (viewer.userId === null) throw new DomainError('unauthenticated', 'Sign in to do this.');
  return viewer.userId;
}
