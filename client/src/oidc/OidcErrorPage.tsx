import { OIDC_ERRORS } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";

/** `/accesso/oidc?errore=…`: why a round trip to the identity provider signed nobody in. */
export function OidcErrorPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const code = OIDC_ERRORS.find((known) => known === params.get("errore")) ?? "non-valida";
  usePageTitle(t("oidc.error.pageTitle"));
  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("oidc.error.title")}</h1>
      <div className="alert alert-warning" role="status">
        <p className="mb-0">{t(`oidc.error.${code}`)}</p>
      </div>
      <Link to="/" className="btn btn-primary">
        {t("oidc.error.home")}
      </Link>
    </div>
  );
}
