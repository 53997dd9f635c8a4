// An organisation applies for membership: someone signed in for it states which criterion of seed 000 it
// meets and, where it exists, links its framework in the registry. The application is a proposal of kind
// admit-member, discussed by the members until one of their representatives opens the vote.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { checkApplication, type MembershipCriterion } from '../../domain/governance/membership.js';
import type { RequestedRule } from '../../domain/governance/vote-rule.js';
import type { Visibility } from '../../domain/governance/visibility.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findFramework } from '../../db/repositories/frameworks.js';
import { findCurrentMembership, listCurrentMembers } from '../../db/repositories/memberships.js';
import { listProposals, type Proposal } from '../../db/repositories/proposals.js';
import type { CommandContext } from '../context.js';
import { insertNewProposal } from './new-proposal.js';

export interface ApplicationInput {
  criterion: MembershipCriterion;
  frameworkId: string | null;
  motivation: string;
  visibility?: Visibility;
  rule?: RequestedRule;
}

export async function applyForMembership(ctx: CommandContext, actor: Actor, input: ApplicationInput): Promise<Proposal> {
  if (actor.kind !== 'user' || actor.organisationId === null) throw new DomainError('unauthenticated', 'Sign in for your organisation to apply.');
  const organisationId = actor.organisationId;
  return ctx.store.db.transaction().execute(async (trx) => {
    const organisation = await findOrganisation(trx, organisationId);
    if (!organisation) throw new DomainError('organisation_not_found', 'Your organisation is not registered.');
    const pending = (await listProposals(trx, { status: ['discussion', 'open'], kind: ['admit-member'] })).some((p) => p.proposedFor === organisationId);
    const refusal = checkApplication({
      organisationType: organisation.type,
      alreadyMember: (await findCurrentMembership(trx, organisationId)) !== undefined,
      pendingApplication: pending,
      memberCount: (await listCurrentMembers(trx)).length,
    });
    if (refusal) throw new DomainError(refusal.code, refusal.message);
    if (input.frameworkId !== null && !(await findFramework(trx, input.frameworkId))) {
      throw new DomainError('framework_not_found', `No framework "${input.frameworkId}" in the registry; link one listed at GET /api/frameworks, or none.`);
    }
    return insertNewProposal(trx, ctx, actor, {
      kind: 'admit-member',
      title: `Admit ${organisation.name} as a member`,
      body: input.motivation,
      visibility: input.visibility ?? 'members-and-advisors',
      rule: input.rule ?? {},
      payload: { organisationId, criterion: input.criterion, frameworkId: input.frameworkId },
      proposedBy: actor.userId,
      proposedFor: organisationId,
    });
  });
}
