// The Expert Advisors Group (seed 000): individuals admitted by a majority of members under one of two
// criteria. In the initial stages it has one individual from each participating member country; that limit
// is a Platform setting, lifted (or reinstated) only by an adopted change-setting proposal, since seed 000
// leaves the widening ("Additional Experts may be included at a later date") to the Platform itself.

export const ADVISOR_CRITERIA = ['expertise', 'trade-designated'] as const;
export type AdvisorCriterion = (typeof ADVISOR_CRITERIA)[number];

/** Organisations that may designate an expert under the second criterion: trade organisations or alliances. */
export const DESIGNATING_ORGANISATION_TYPES = ['trade-association'] as const;

export const SETTINGS = ['advisors-one-per-country'] as const;
export type SettingKey = (typeof SETTINGS)[number];
export const DEFAULT_SETTINGS: Record<SettingKey, boolean> = { 'advisors-one-per-country': true };

export type NominationRefusal = { code: 'not_eligible' | 'advisor_limit' | 'already_exists'; message: string };

export interface NominationFacts {
  criterion: AdvisorCriterion;
  /** The member country the advisor is counted against (ISO 3166-1 alpha-2). */
  country: string;
  /** For a designated expert: the type of the designating organisation. */
  designatingOrganisationType: string | null;
  nomineeIsAdvisor: boolean;
  nomineePending: boolean;
  onePerCountry: boolean;
  /** Countries of the current member organisations (INT excluded: it is no country). */
  memberCountries: readonly string[];
  /** Countries that already have an advisor, or a nomination before the members. */
  takenCountries: readonly string[];
}

export function checkNomination(n: NominationFacts): NominationRefusal | null {
  if (n.nomineeIsAdvisor) return { code: 'already_exists', message: 'This person is already an expert advisor.' };
  if (n.nomineePending) return { code: 'already_exists', message: 'This person already has a nomination before the members.' };
  if (n.criterion === 'trade-designated' && !(DESIGNATING_ORGANISATION_TYPES as readonly string[]).includes(n.designatingOrganisationType ?? '')) {
    return {
      code: 'not_eligible',
      message: 'A designated expert is designated by a trade organisation or alliance of device makers, service providers or retailers (seed 000).',
    };
  }
  if (!n.onePerCountry) return null;
  if (!n.memberCountries.includes(n.country)) {
    return { code: 'advisor_limit', message: `While the Group has one advisor per participating member country, the advisor's country must be a member's; ${n.country} is not.` };
  }
  if (n.takenCountries.includes(n.country)) {
    return { code: 'advisor_limit', message: `${n.country} already has an expert advisor (or a nomination before the members); the Group has one per member country until the Platform lifts that rule.` };
  }
  return null;
}
