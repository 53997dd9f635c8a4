// Nominating an expert advisor (seed 000): a member's representative nominates a person under either
// criterion (expertise, judged by the members' vote), or a trade organisation or alliance designates its
// expert. The nominee has an account on the Platform. While the one-advisor-per-member-country rule holds,
// the advisor's country must be a member's and have no advisor or nomination already.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { checkNomination, type AdvisorCriterion } from '../../domain/governance/expert-advisors.js';
import type { RequestedRule } from '../../domain/governance/vote-rule.js';
import type { Visibility } from '../../domain/governance/visibility.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { findUser } from '../../db/repositories/users.js';
import { listCurrentMembers } from '../../db/repositories/memberships.js';
import { findCurrentAdvisor, listCurrentAdvisors } from '../../db/repositories/expert-advisors.js';
import { listProposals, type Proposal } from '../../db/repositories/proposals.js';
import { readSetting } from '../../db/repositories/governance-settings.js';
import type { CommandContext } from '../context.js';
import { insertNewProposal } from './new-proposal.js';
import { loadViewer } from './viewer.js';

export interface NominationInput {
  nomineeUserId: string;
  criterion: AdvisorCriterion;
  country: string;
  expertise: string;
  visibility?: Visibility;
  rule?: RequestedRule;
}

export async function nominateAdvisor(ctx: CommandContext, actor: Actor, input: NominationInput): Promise<Proposal> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const viewer = await loadViewer(trx, actor);
    if (viewer.userId === null || viewer.organisationId === null) throw new DomainError('unauthenticated', 'Sign in for your organisation to nominate.');
    const nominating = await findOrganisation(trx, viewer.organisationId);
    const designating = nominating?.type === 'trade-association';
    const asMember = viewer.member && viewer.representative;
    if (!asMember && !designating) {
      throw new DomainError('not_a_representative', 'Expert advisors are nominated by a member representative, or designated by a trade organisation or alliance.');
    }
    if (!asMember && input.criterion !== 'trade-designated') {
      throw new DomainError('not_eligible', 'A trade organisation or alliance designates its expert under the trade-designated criterion.');
    }
    const nominee = await findUser(trx, input.nomineeUserId);
    if (!nominee || nominee.status !== 'active') throw new DomainError('user_not_found', 'The nominee needs an active account on the Platform.');
    const pending = await listProposals(trx, { status: ['discussion', 'open'], kind: ['admit-expert-advisor'] });
    const advisors = await listCurrentAdvisors(trx);
    const members = await listCurrentMembers(trx);
    const refusal = checkNomination({
      criterion: input.criterion,
      country: input.country,
      designatingOrganisationType: input.criterion === 'trade-designated' ? (nominating?.type ?? null) : null,
      nomineeIsAdvisor: (await findCurrentAdvisor(trx, nominee.id)) !== undefined,
      nomineePending: pending.some((p) => p.payload.nomineeUserId === nominee.id),
      onePerCountry: await readSetting(trx, 'advisors-one-per-country'),
      memberCountries: members.map((m) => m.country).filter((c) => c !== 'INT'),
      takenCountries: [...advisors.map((a) => a.country), ...pending.map((p) => String(p.payload.country))],
    });
    if (refusal) throw new DomainError(refusal.code, refusal.message);
    return insertNewProposal(trx, ctx, actor, {
      kind: 'admit-expert-advisor',
      title: `Admit ${nominee.displayName ?? 'a nominee'} to the Expert Advisors Group (${input.country})`,
      body: input.expertise,
      visibility: input.visibility ?? 'members-and-advisors',
      rule: input.rule ?? {},
      payload: {
        nomineeUserId: nominee.id,
        criterion: input.criterion,
        country: input.country,
        designatedBy: input.criterion === 'trade-designated' ? viewer.organisationId : null,
      },
      proposedBy: viewer.userId,
      proposedFor: viewer.organisationId,
    });
  });
}
