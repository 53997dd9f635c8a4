// Who may become a member (seed 000): a government agency or a global (international) organisation that
// meets one of two criteria, approved by a majority of the existing members. The first members, before
// there is anyone to vote, are registered by an administrator.

export const MEMBERSHIP_CRITERIA = ['developed-framework', 'developing-framework-multistakeholder'] as const;
export type MembershipCriterion = (typeof MEMBERSHIP_CRITERIA)[number];

/** Organisation types that may be members: "a representative of a government agency or global organization". */
export const MEMBER_ORGANISATION_TYPES = ['government-agency', 'international-organisation-or-ngo'] as const;

export function mayBeMember(organisationType: string): boolean {
  return (MEMBER_ORGANISATION_TYPES as readonly string[]).includes(organisationType);
}

export interface FrameworkDevelopment {
  stage: string;
  multistakeholder: boolean | null;
}

/**
 * What the registry says about the linked framework against the criterion claimed, for members to weigh.
 * It informs the vote and decides nothing: members judge whether an applicant meets the criteria, and the
 * registry's record may lag behind the applicant's work.
 */
export function criterionEvidence(criterion: MembershipCriterion, development: FrameworkDevelopment | null): { consistent: boolean | null; note: string } {
  if (development === null) return { consistent: null, note: 'No framework in the registry is linked; members judge from the application.' };
  if (criterion === 'developed-framework') {
    return development.stage === 'developed'
      ? { consistent: true, note: 'The registry records the linked framework as developed.' }
      : { consistent: false, note: `The registry records the linked framework as ${development.stage}, not developed.` };
  }
  if (development.multistakeholder === false) {
    return { consistent: false, note: 'The registry records the linked framework as not developed through a multistakeholder process.' };
  }
  if (development.multistakeholder === null) return { consistent: null, note: 'The registry does not say whether the linked framework is multistakeholder.' };
  return { consistent: true, note: `The registry records the linked framework as ${development.stage}, through a multistakeholder process.` };
}

export type ApplicationRefusal = { code: 'not_eligible' | 'already_exists'; message: string };

export function checkApplication(a: { organisationType: string; alreadyMember: boolean; pendingApplication: boolean; memberCount: number }): ApplicationRefusal | null {
  if (!mayBeMember(a.organisationType)) {
    return { code: 'not_eligible', message: 'Members are government agencies and international organisations or NGOs (seed 000); this organisation is neither.' };
  }
  if (a.alreadyMember) return { code: 'already_exists', message: 'This organisation is already a member.' };
  if (a.pendingApplication) return { code: 'already_exists', message: 'This organisation already has an application before the members.' };
  if (a.memberCount === 0) {
    return { code: 'not_eligible', message: 'The Platform has no members yet to vote; an administrator registers the first members.' };
  }
  return null;
}

/**
 * Administrators register founding members only until the members start admitting by vote: once a vote on
 * a membership application has opened, every new member comes through the majority of existing members.
 */
export function foundingOpen(membershipVotesOpened: number): boolean {
  return membershipVotesOpened === 0;
}
