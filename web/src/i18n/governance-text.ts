// The governance pages' texts in the interface language (kept beside, not inside, the main message files).
import { useI18n } from './i18n-context';
import type { Language } from './languages';
import { governanceEn, type GovernanceMessages } from './messages/governance/en';
import { governanceEs } from './messages/governance/es';
import { governanceFr } from './messages/governance/fr';

const TEXTS: Record<Language, GovernanceMessages> = { en: governanceEn, fr: governanceFr, es: governanceEs };

export function useGovernanceText(): GovernanceMessages {
  return TEXTS[useI18n().lang];
}
