import { useTranslation } from "react-i18next";
import { useLanguage } from "../format/language.ts";
import { LANGUAGE_NAMES, LANGUAGES } from "../i18n/i18n.ts";

/** Italiano / English buttons for the slim header; the choice is remembered by i18n.ts. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <fieldset className="tavolo-language">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="tavolo-language__option"
          aria-pressed={language === current}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
