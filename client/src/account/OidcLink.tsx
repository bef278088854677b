import type { OidcIdentitySummary } from "@tavolo/shared";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { useOidcConfig } from "../oidc/OidcSignInButton.tsx";
import { goToProvider, oidcApi } from "../oidc/oidc-api.ts";

/**
 * "Account dell'ente": the institutional identities linked to the signed-in person, and the
 * button that links one more (a round trip to the provider that lands back on `returnTo`).
 * Shows nothing when OIDC is off.
 */
export function OidcLink({ returnTo = "/" }: { returnTo?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const config = useOidcConfig();
  const [identities, setIdentities] = useState<OidcIdentitySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const enabled = config?.enabled === true;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void oidcApi.identities().then((answer) => live && setIdentities(answer));
    return () => {
      live = false;
    };
  }, [enabled]);
  if (!enabled) return null;

  const link = () => {
    setError(null);
    goToProvider(oidcApi.start({ purpose: "link", returnTo })).catch(() =>
      setError(t("oidc.unreachable")),
    );
  };

  return (
    <section className="card shadow-sm tavolo-card mt-4" aria-labelledby={titleId}>
      <div className="card-body">
        <h2 id={titleId} className="h4 card-title">
          {t("oidc.link.title")}
        </h2>
        <p>{t("oidc.link.intro")}</p>
        {identities && identities.length === 0 && <p>{t("oidc.link.none")}</p>}
        {identities && identities.length > 0 && (
          <ul>
            {identities.map((identity) => (
              <li key={`${identity.issuer} ${identity.subject}`}>
                <strong>{identity.email ?? identity.subject}</strong> (
                {new URL(identity.issuer).host}) —{" "}
                {t("oidc.link.linked", { date: formatDateTime(identity.linkedAt, language) })}
                {identity.acr && <> · {t("oidc.link.level", { acr: identity.acr })}</>}
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="btn btn-outline-primary" onClick={link}>
          {t("oidc.link.button")}
        </button>
        {error && (
          <p className="tavolo-field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
