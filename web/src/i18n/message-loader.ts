// The interface texts of each language, loaded once. English is in the first script (it is the default and the
// source of the message types); French and Spanish are separate chunks, fetched when a visitor needs them: the
// language the visit starts in before the first render, the others once the page is idle, so the switch stays
// instant without making the first page heavier.
import type { Language } from './languages';
import { en, type Messages } from './messages/en';

const loaded: Partial<Record<Language, Messages>> = { en };
const pending: Partial<Record<Language, Promise<Messages>>> = {};

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  fr: () => import('./messages/fr').then((m) => m.fr),
  es: () => import('./messages/es').then((m) => m.es),
};

/** The texts of a language if they are already here. */
export function messagesNow(lang: Language): Messages | undefined {
  return loaded[lang];
}

/** The texts of a language, fetched once; English when they cannot be fetched (the site still works). */
export function loadMessages(lang: Language): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  if (lang === 'en') return Promise.resolve(en);
  pending[lang] ??= LOADERS[lang]().then(
    (messages) => (loaded[lang] = messages),
    () => {
      delete pending[lang];
      return en;
    },
  );
  return pending[lang];
}

/** Fetches the other languages when the browser has nothing else to do. */
export function prefetchMessages(langs: readonly Language[]): void {
  const run = () => langs.forEach((lang) => void loadMessages(lang));
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
