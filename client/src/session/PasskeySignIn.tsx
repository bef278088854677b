import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevalidator } from "react-router-dom";
import { passkeyFailure, passkeysSupported, signInWithPasskey } from "../account/passkeys.ts";

/** "Hai già un account? Accedi con passkey": signing in on a new device, no name asked. */
export function PasskeySignIn() {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const supported = passkeysSupported();

  const signIn = async () => {
    setBusy(true);
    setError("");
    try {
      await signInWithPasskey();
      await revalidator.revalidate();
      document.getElementById("main-content")?.focus();
    } catch (failure) {
      setError(passkeyFailure(failure, t) ?? t("forms.errors.network"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card shadow-sm tavolo-card mt-4" aria-labelledby="passkey-sign-in-title">
      <div className="card-body">
        <h2 id="passkey-sign-in-title" className="h4 card-title">
          {t("account.signIn.title")}
        </h2>
        <p>{supported ? t("account.signIn.intro") : t("account.errors.unsupported")}</p>
        {error && (
          <p className="tavolo-field__error" role="alert">
            {error}
          </p>
        )}
        <button
          type="button"
          className="btn btn-outline-primary"
          disabled={busy || !supported}
          onClick={() => void signIn()}
        >
          {t("account.signIn.button")}
        </button>
      </div>
    </section>
  );
}
