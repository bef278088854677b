import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "../i18n/i18n.ts";

/** A text the shared domain gives in both languages (phase, role, organisation type...). */
export interface Label {
  it: string;
  en: string;
}

/** The interface language now, Italian when i18next has not settled on one. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "it";
}

/** Picks the interface language's text out of a shared `{ it, en }` label. */
export function useLabel(): (label: Label) => string {
  const language = useLanguage();
  return (label) => label[language];
}
