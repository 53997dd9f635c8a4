// The account and administration pages' texts in the interface language, with the date, time and duration
// formats they use.
import { useI18n } from '../../i18n/i18n-context';
import type { Language } from '../../i18n/languages';
import { en, type AccountMessages } from './messages/en';
import { fr } from './messages/fr';
import { es } from './messages/es';
import { adminEn, type AdminMessages } from './messages/admin-en';
import { adminFr } from './messages/admin-fr';
import { adminEs } from './messages/admin-es';

const ACCOUNT: Record<Language, AccountMessages> = { en, fr, es };
const ADMIN: Record<Language, AdminMessages> = { en: adminEn, fr: adminFr, es: adminEs };

export interface AccountText {
  a: AccountMessages;
  ad: AdminMessages;
  /** An ISO time stamp as a date and time in UTC (the server's clock, the same for every reader). */
  when(iso: string): string;
  /** A wait in seconds, in words: "30 seconds", "2 minutes". */
  duration(seconds: number): string;
}

export function useText(): AccountText {
  const { lang } = useI18n();
  const a = ACCOUNT[lang];
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const unit = (u: 'second' | 'minute' | 'hour', n: number) => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);
  return {
    a,
    ad: ADMIN[lang],
    when: (iso) => a.common.dateTime(format.format(new Date(iso))),
    duration: (seconds) => (seconds < 120 ? unit('second', Math.ceil(seconds)) : seconds < 7200 ? unit('minute', Math.ceil(seconds / 60)) : unit('hour', Math.ceil(seconds / 3600))),
  };
}
