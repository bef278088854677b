import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { usePerson } from "../session/session.ts";
import "./account.css";

/**
 * On every page, for a person with no passkey (or other way back in): their account lives in
 * this browser's cookie only, so they are asked to add a passkey.
 */
export function AddPasskeyBanner() {
  const { t } = useTranslation();
  const person = usePerson();
  const { pathname } = useLocation();
  if (!person?.needsPasskey || pathname === "/account") return null;
  return (
    <aside className="tavolo-passkey-banner" aria-label={t("account.banner.action")}>
      <div className="container d-flex flex-wrap align-items-center gap-3 py-2">
        <p className="mb-0 flex-grow-1">{t("account.banner.text")}</p>
        <Link to="/account" className="btn btn-primary btn-sm">
          {t("account.banner.action")}
        </Link>
      </div>
    </aside>
  );
}
