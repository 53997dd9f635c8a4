// An organisation is the body a user acts for: the Platform's members and the wider community it serves.
import { COUNTRY_CODES } from './country-codes.js';

export const ORGANISATION_TYPES = [
  'government-agency',
  'international-organisation-or-ngo',
  'manufacturer',
  'retailer',
  'csirt-psirt',
  'trade-association',
  'research',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  /** ISO 3166-1 alpha-2 code of where it is based; "INT" for international bodies with no single seat. */
  country: string;
  createdAt: string;
}

export function isCountryCode(value: string): boolean {
  return value === 'INT' || COUNTRY_CODES.has(value);
}
