import { ApiRequestError } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link, useRouteError } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";

type Refusal = "noSession" | "notMember" | "notFound" | "other";

function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ApiRequestError)) return "other";
  if (error.status === 401) return "noSession";
  if (error.status === 403) return "notMember";
  if (error.status === 404 || error.status === 400) return "notFound";
  return "other";
}

/** A procedure this browser may not open, or that does not exist: why, and where to go. */
export function ProcedureError() {
  const { t } = useTranslation();
  const refusal = refusalOf(useRouteError());
  usePageTitle(t(`procedureError.${refusal}.title`));
  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t(`procedureError.${refusal}.title`)}</h1>
      <p className="lead">{t(`procedureError.${refusal}.body`)}</p>
      <Link to="/" className="btn btn-primary">
        {t("notFound.backHome")}
      </Link>
    </div>
  );
}
