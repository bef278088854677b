import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";
import { usePerson } from "../session/session.ts";
import { useSignOut } from "../session/useSignOut.ts";

/**
 * "Esci da questo dispositivo", where the header's "Esci" leads a person without a passkey:
 * signing out would lose their account, so it is said before they confirm.
 */
export function SignOutSection({ needsPasskey }: { needsPasskey: boolean }) {
  const { t } = useTranslation();
  const person = usePerson();
  const signOut = useSignOut(person?.id);
  const { hash } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (hash !== "#esci") return;
    // After the layout has moved the focus to the page (its effect runs after this one).
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [hash]);

  return (
    <section id="esci" className="mt-5" aria-labelledby="sign-out-title">
      <h2 id="sign-out-title" className="h4" tabIndex={-1} ref={heading}>
        {t("account.signOut.title")}
      </h2>
      {needsPasskey && <p className="alert alert-warning">{t("account.signOut.warning")}</p>}
      <button
        type="button"
        className={needsPasskey ? "btn btn-outline-danger" : "btn btn-outline-primary"}
        onClick={() => void signOut().catch(() => undefined)}
      >
        {needsPasskey ? t("account.signOut.anyway") : t("session.signOut")}
      </button>
    </section>
  );
}
