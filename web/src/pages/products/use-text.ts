// The product pages' texts in the interface language, and dates as the user's language writes them.
import { useI18n } from '../../i18n/i18n-context';
import { en, type ProductMessages } from './messages/en';
import { fr } from './messages/fr';
import { es } from './messages/es';

const MESSAGES = { en, fr, es };

export function useText(): { p: ProductMessages; day(isoDate: string): string; when(iso: string): string } {
  const { lang } = useI18n();
  const dayFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
  return { p: MESSAGES[lang], day: (iso) => dayFormat.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)), when: (iso) => timeFormat.format(new Date(iso)) };
}
