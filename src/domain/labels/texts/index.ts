// The label's languages, how a request picks one (an explicit ?lang= wins over Accept-Language, English is the
// fallback), and dates in words. Month names are written out per language rather than taken from Intl, so the
// same date reads the same on every machine.
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { LabelMessages } from './messages.js';

export type { LabelMessages } from './messages.js';

export const LABEL_LANGUAGES = ['en', 'fr', 'es'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

const MESSAGES: Record<LabelLanguage, LabelMessages> = { en, fr, es };

export function messagesFor(language: LabelLanguage): LabelMessages {
  return MESSAGES[language];
}

export function isLabelLanguage(value: unknown): value is LabelLanguage {
  return typeof value === 'string' && (LABEL_LANGUAGES as readonly string[]).includes(value);
}

/** Picks the language: ?lang= when it names one we speak, else the best Accept-Language match, else English. */
export function negotiateLanguage(query: string | undefined, acceptLanguage: string | undefined): LabelLanguage {
  if (isLabelLanguage(query)) return query;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((r) => r.primary).find(isLabelLanguage) ?? 'en';
}

/** "2029-03-31" as "31 March 2029", "31 mars 2029", "31 de marzo de 2029". */
export function formatDate(isoDateOrInstant: string, language: LabelLanguage): string {
  const [year, month, day] = isoDateOrInstant.slice(0, 10).split('-').map(Number) as [number, number, number];
  const m = messagesFor(language);
  return m.date(day, m.months[month - 1]!, year);
}

/** A list in words: "A", "A and B", "A, B and C" (and its French and Spanish forms). */
export function formatList(items: readonly string[], language: LabelLanguage): string {
  const and = { en: 'and', fr: 'et', es: 'y' }[language];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
