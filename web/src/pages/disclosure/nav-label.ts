// The main navigation's link to the disclosure section, in each language. Kept apart from the section's texts,
// which load with its pages, so the navigation adds a few bytes to the first page, not the whole section.
import type { Language } from '../../i18n/languages';

export const DISCLOSURE_NAV: Readonly<Record<Language, string>> = {
  en: 'Report a vulnerability',
  fr: 'Signaler une vulnérabilité',
  es: 'Notificar una vulnerabilidad',
};
