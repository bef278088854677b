import type { OidcPublicConfig } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { goToProvider, oidcApi, oidcConfig } from "./oidc-api.ts";

/** The public OIDC configuration once known (null until then); off when the server says so. */
export function useOidcConfig(): OidcPublicConfig | null {
  const [config, setConfig] = useState<OidcPublicConfig | null>(null);
  useEffect(() => {
    let live = true;
    void oidcConfig().then((answer) => live && setConfig(answer));
    return () => {
      live = false;
    };
  }, []);
  return config;
}

interface OidcSignInButtonProps {
  /** The invitation to accept with the identity (an unknown identity then joins as a new person). */
  invitation?: string;
  /** Where to land after signing in; an accepted invitation lands on its procedure. */
  returnTo?: string;
}

/**
 * "Accedi con SPID/CIE" (the configured text), or "Accetta con l'account dell'ente" on an
 * invitation: leaves for the organisation's identity provider. Hidden when OIDC is off.
 */
export function OidcSignInButton({ invitation, returnTo = "/" }: OidcSignInButtonProps) {
  const { t } = useTranslation();
  const config = useOidcConfig();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!config?.enabled) return null;

  const start = () => {
    setBusy(true);
    setError(null);
    const request = oidcApi.start({
      purpose: "signin",
      returnTo,
      ...(invitation ? { invitation } : {}),
    });
    goToProvider(request).catch(() => {
      setBusy(false);
      setError(t("oidc.unreachable"));
    });
  };

  return (
    <div className="tavolo-oidc mt-3">
      <p className="tavolo-muted mb-2">{t("oidc.or")}</p>
      <button type="button" className="btn btn-outline-primary" onClick={start} disabled={busy}>
        {invitation ? t("oidc.acceptWith") : config.label}
      </button>
      <p className="tavolo-muted small mt-1">{t("oidc.signInHint")}</p>
      {error && (
        <p className="tavolo-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
