import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePageTitle } from "./usePageTitle.ts";

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.pageTitle"));
  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("notFound.title")}</h1>
      <p className="lead">{t("notFound.body")}</p>
      <Link to="/" className="btn btn-primary">
        {t("notFound.backHome")}
      </Link>
    </div>
  );
}
