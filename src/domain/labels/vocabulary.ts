// The words a label uses. Product and release vocabulary comes from assessments (one source for each
// enumeration); the label adds how a claim was assessed and why a label can be withdrawn.
import { PASSWORD_APPROACHES, PRODUCT_CATEGORIES, UPDATE_MECHANISMS, type PasswordApproach, type ProductCategory, type UpdateMechanism } from '../assessments/product-profile.js';
import { VERDICTS, type Verdict } from '../assessments/status.js';

export { PASSWORD_APPROACHES, PRODUCT_CATEGORIES, UPDATE_MECHANISMS, VERDICTS };
export type { PasswordApproach, ProductCategory, UpdateMechanism, Verdict };

/** Who assessed the release against a framework: the manufacturer itself, or an independent body. */
export const ASSESSMENT_TYPES = ['self-declared', 'third-party'] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

/** Why an administrator withdrew a label; a free-text note may say more. */
export const WITHDRAWAL_REASONS = ['false-claim', 'unfixed-vulnerability', 'manufacturer-request', 'assessment-revised', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
