// Numbers, percentages, dates and place names in the interface language, through the browser's Intl.
import type { Language } from './languages';
import type { Messages } from './messages/en';

export interface Formatters {
  number(n: number): string;
  percent(share: number): string;
  /** "GB" -> "United Kingdom"; EU and INT, which are not countries, come from the messages. */
  jurisdiction(code: string): string;
  /** "2024", "2024-06" or "2024-06-01", shown as precisely as it is known. */
  date(value: string): string;
}

export function makeFormatters(lang: Language, t: Messages): Formatters {
  const numbers = new Intl.NumberFormat(lang);
  const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([lang], { type: 'region' });
  } catch {
    regions = null;
  }
  return {
    number: (n) => numbers.format(n),
    percent: (share) => percents.format(share),
    jurisdiction: (code) => {
      if (code === 'EU' || code === 'INT') return t.jurisdictions[code];
      try {
        return regions?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    date: (value) => {
      const [year, month, day] = value.split('-').map(Number);
      if (!year) return value;
      if (!month) return String(year);
      const d = new Date(Date.UTC(year, month - 1, day ?? 1));
      const options: Intl.DateTimeFormatOptions = day
        ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', timeZone: 'UTC' };
      return new Intl.DateTimeFormat(lang, options).format(d);
    },
  };
}
