// The history and curation pages' texts in the interface language.
import { useI18n } from '../../i18n/i18n-context';
import type { Language } from '../../i18n/languages';
import { curationEn, type CurationMessages } from './messages/en';
import { curationFr } from './messages/fr';
import { curationEs } from './messages/es';

const TEXTS: Record<Language, CurationMessages> = { en: curationEn, fr: curationFr, es: curationEs };

export function useCurationText(): CurationMessages {
  return TEXTS[useI18n().lang];
}
