// Three buttons, each naming its language in that language; the pressed one is the current language.
import { useI18n } from '../i18n/i18n-context';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.language.label}>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => setLang(code)}>
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </div>
  );
}
