import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { it } from "./it.ts";

/** The interface languages, Italian first: it is the default and the fallback. */
export const LANGUAGES = ["it", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name written in that language, as a language switcher shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { it: "Italiano", en: "English" };

const STORAGE_KEY = "tavolo.language";

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : "it";
  } catch {
    return "it";
  }
}

/**
 * Starts i18next with the remembered language (Italian when none), and from then on keeps the
 * page's `lang` attribute and the remembered choice in step with every change of language.
 */
export async function initI18n(): Promise<void> {
  const language = rememberedLanguage();
  i18next.on("languageChanged", (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this page only.
    }
  });
  await i18next.use(initReactI18next).init({
    resources: { it: { translation: it }, en: { translation: en } },
    lng: language,
    fallbackLng: "it",
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
}
