import { useTranslation } from "react-i18next";
import { ApiTokens } from "../account/ApiTokens.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { usePerson } from "../session/session.ts";

/** "/account/tokens": the personal API tokens, until the account page hosts them. */
export function TokensPage() {
  const { t } = useTranslation();
  const person = usePerson();
  usePageTitle(t("adminIdentity.tokens.pageTitle"));
  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("adminIdentity.links.label")}</h1>
      {person ? <ApiTokens /> : <p className="lead">{t("forms.errors.noSession")}</p>}
    </div>
  );
}
