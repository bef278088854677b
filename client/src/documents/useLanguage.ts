import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "../i18n/i18n.ts";

/** The interface language now, as the shared labels are keyed (Italian unless English). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : "it";
}
