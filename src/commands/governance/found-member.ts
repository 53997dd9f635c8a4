// The first members: registered by an administrator (API and `iotspp governance found-member`), because
// there is nobody yet to vote. Once the members have opened a vote on a membership application, founding is
// over and every new member comes through the majority of existing members (src/domain/governance/membership.ts).
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { foundingOpen, mayBeMember, type MembershipCriterion } from '../../domain/governance/membership.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findFramework } from '../../db/repositories/frameworks.js';
import { findCurrentMembership, insertMembership, type Membership } from '../../db/repositories/memberships.js';
import { countOpenedVotes } from '../../db/repositories/proposals.js';
import { appendAudit, auditActor } from '../audit.js';
import { newId } from '../accounts/secrets.js';
import type { CommandContext } from '../context.js';

export interface FoundingInput {
  organisationId: string;
  criterion: MembershipCriterion;
  frameworkId: string | null;
}

export async function foundMember(ctx: CommandContext, actor: Actor | 'cli', input: FoundingInput): Promise<Membership> {
  return ctx.store.db.transaction().execute(async (trx) => {
    if (!foundingOpen(await countOpenedVotes(trx, 'admit-member'))) {
      throw new DomainError('conflict', 'The founding is over: members have voted on applications, so new members are admitted by a majority of the existing members.');
    }
    const organisation = await findOrganisation(trx, input.organisationId);
    if (!organisation) throw new DomainError('organisation_not_found', `No organisation "${input.organisationId}".`);
    if (!mayBeMember(organisation.type)) {
      throw new DomainError('not_eligible', `Members are government agencies and international organisations or NGOs (seed 000); ${organisation.name} is a ${organisation.type}.`);
    }
    if (await findCurrentMembership(trx, organisation.id)) throw new DomainError('already_exists', `${organisation.name} is already a member.`);
    if (input.frameworkId !== null && !(await findFramework(trx, input.frameworkId))) {
      throw new DomainError('framework_not_found', `No framework "${input.frameworkId}" in the registry.`);
    }
    const membership: Membership = {
      id: newId(),
      organisationId: organisation.id,
      criterion: input.criterion,
      frameworkId: input.frameworkId,
      admittedAt: ctx.clock.now().toISOString(),
      source: 'founding',
      proposalId: null,
      endedAt: null,
      endNote: null,
    };
    await insertMembership(trx, membership);
    await appendAudit(trx, ctx, {
      actor: auditActor(actor),
      action: 'governance.member.found',
      subject: `organisation:${organisation.id}`,
      payload: { membershipId: membership.id, criterion: membership.criterion, frameworkId: membership.frameworkId },
    });
    return membership;
  });
}
