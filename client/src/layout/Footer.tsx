import { useTranslation } from "react-i18next";
import { TavoloLogo } from "./TavoloLogo.tsx";

/** The Designers Italia footer: what Tavolo is and the legal frame it serves. */
export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 footer-items-wrapper logo-wrapper">
              <div className="it-brand-wrapper">
                <TavoloLogo className="icon tavolo-logo" />
                <div className="it-brand-text">
                  <p className="it-brand-title">{t("app.name")}</p>
                  <p className="it-brand-tagline">{t("app.tagline")}</p>
                </div>
              </div>
            </div>
          </div>
          <div className="row tavolo-footer-text">
            <div className="col-lg-6">
              <p>{t("footer.about")}</p>
            </div>
            <div className="col-lg-6">
              <p>{t("footer.law")}</p>
              <p>{t("footer.network")}</p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
