// Who may act in the Platform's governance. Reading is open to every caller: each governance route filters
// what it returns by the viewer's visibility (src/domain/governance/visibility.ts), so the public, a
// manufacturer and a government member each get only what they may see. Writes are role-gated here; the
// commands then check the facts a role cannot show (is the organisation a member, in the electorate, a
// participant of the group) and refuse with the precise reason.
import { hasRole, type Actor } from './actor.js';

export const GOVERNANCE_ACTIONS = [
  'governance.read',
  'governance.members.found',
  'governance.members.withdraw',
  'governance.apply',
  'governance.nominate',
  'governance.propose',
  'governance.open',
  'governance.vote',
  'governance.withdraw',
  'governance.comment',
  'governance.statements.write',
  'governance.sigs.write',
  'governance.charter.set',
] as const;
export type GovernanceAction = (typeof GOVERNANCE_ACTIONS)[number];

/** A proposal, for withdrawing it: who proposed it, for which organisation. */
export interface ProposalResource {
  proposedBy: string;
  proposedFor: string | null;
}

/** A member organisation, for ending its membership. */
export interface MembershipResource {
  organisationId: string;
}

export function canGovernance(actor: Actor, action: GovernanceAction, resource?: unknown): boolean {
  if (action === 'governance.read') return true;
  if (actor.kind !== 'user') return false;
  switch (action) {
    case 'governance.members.found':
    case 'governance.charter.set':
      return hasRole(actor, 'administrator');
    case 'governance.members.withdraw': {
      if (hasRole(actor, 'administrator')) return true;
      const m = resource as MembershipResource | undefined;
      // A member leaves by its own representative's decision; nobody else's.
      return hasRole(actor, 'member-representative') && (m === undefined || m.organisationId === actor.organisationId);
    }
    case 'governance.apply':
      // Anyone signed in for an organisation applies for it; the command checks the organisation may be a member.
      return actor.organisationId !== null;
    case 'governance.nominate':
      // A member's representative nominates under either criterion; someone of a trade organisation or alliance
      // designates its expert. Both need an organisation; the command checks which of the two the caller is.
      return actor.organisationId !== null;
    case 'governance.vote':
      // Anyone signed in for an organisation reaches the ballot box, so that a refusal can say exactly why (not
      // a representative, not in the electorate, the vote closed): src/domain/governance/ballot-rules.ts.
      return actor.organisationId !== null;
    case 'governance.propose':
    case 'governance.open':
    case 'governance.statements.write':
      return hasRole(actor, 'member-representative');
    case 'governance.withdraw': {
      const p = resource as ProposalResource | undefined;
      if (p === undefined) return true;
      return p.proposedBy === actor.userId || (hasRole(actor, 'member-representative') && p.proposedFor !== null && p.proposedFor === actor.organisationId);
    }
    case 'governance.comment':
    case 'governance.sigs.write':
      // Members' people and expert advisors: the command checks the viewer is one of them.
      return true;
  }
}
