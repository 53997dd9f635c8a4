// The interface language: chosen from the browser's preferences or the switch, remembered in localStorage,
// and mirrored on <html lang> so assistive technology reads the page in the right voice.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectLanguage, STORAGE_KEY, type Language } from './languages';
import { en, type Messages } from './messages/en';
import { fr } from './messages/fr';
import { es } from './messages/es';
import { makeFormatters, type Formatters } from './format';

const MESSAGES: Record<Language, Messages> = { en, fr, es };

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

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(() => detectLanguage(readStored(), navigator.languages ?? [navigator.language]));
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, but still switched
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, t: MESSAGES[lang], setLang, ...makeFormatters(lang, MESSAGES[lang]) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
