// The interface language: chosen from the browser's preferences or the switch, remembered in localStorage,
// and mirrored on <html lang> so assistive technology reads the page in the right voice.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectLanguage, LANGUAGES, STORAGE_KEY, type Language } from './languages';
import type { Messages } from './messages/en';
import { loadMessages, messagesNow, prefetchMessages } from './message-loader';
import { makeFormatters, type Formatters } from './format';

export interface I18n extends Formatters {
  lang: Language;
  t: Messages;
  setLang(lang: Language): void;
}

const I18nContext = createContext<I18n | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage may be disabled; the browser's preference still applies
  }
}

/** The language shown with its texts: the one asked for once its texts are here, English if they cannot be. */
interface Shown {
  lang: Language;
  t: Messages;
}

function shownFor(lang: Language): Shown | null {
  const t = messagesNow(lang);
  return t ? { lang, t } : null;
}

// Decided when the script starts, so the texts of a visitor's language are on their way before React renders.
const startLanguage = detectLanguage(readStored(), navigator.languages ?? [navigator.language]);
const startTexts = loadMessages(startLanguage);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(() => shownFor(startLanguage));
  const show = useCallback((lang: Language) => {
    // Texts already here switch at once (within the click); others when they arrive.
    const now = shownFor(lang);
    if (now) return setShown(now);
    void loadMessages(lang).then(() => setShown(shownFor(lang) ?? shownFor('en')));
  }, []);
  useEffect(() => {
    if (shown === null) void startTexts.then(() => setShown(shownFor(startLanguage) ?? shownFor('en')));
    prefetchMessages(LANGUAGES.filter((l) => l !== startLanguage));
    // Once, at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const setLang = useCallback(
    (next: Language) => {
      show(next);
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // not remembered, but still switched
      }
    },
    [show],
  );
  const lang = shown?.lang;
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n | null>(() => (shown ? { lang: shown.lang, t: shown.t, setLang, ...makeFormatters(shown.lang, shown.t) } : null), [shown, setLang]);
  // Until the visitor's language has arrived (a few milliseconds), nothing is shown rather than another language.
  if (value === null) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
