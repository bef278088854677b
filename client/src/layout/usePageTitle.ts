import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the document title to "<page> – Tavolo", so each page is told apart in tabs and by screen readers. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const app = t("app.name");
  useEffect(() => {
    document.title = `${page} – ${app}`;
  }, [page, app]);
}
