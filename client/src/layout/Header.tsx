import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { SessionMenu } from "../session/SessionMenu.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";
import { TavoloLogo } from "./TavoloLogo.tsx";

/**
 * The Designers Italia header: a slim bar (context, who is signed in, language) above the brand
 * bar.
 */
export function Header() {
  const { t } = useTranslation();
  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-header-slim-wrapper-content">
                <p className="tavolo-slim-context">{t("app.slim")}</p>
                <div className="it-header-slim-right-zone">
                  <SessionMenu />
                  <LanguageSwitcher />
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    {/* The link's name is its visible text plus where it goes, never a
                        label that drops what sighted people read (WCAG 2.5.3, Label in Name). */}
                    <Link to="/">
                      <TavoloLogo className="icon tavolo-logo" />
                      <div className="it-brand-text">
                        <div className="it-brand-title">{t("app.name")}</div>
                        <div className="it-brand-tagline d-none d-md-block">{t("app.tagline")}</div>
                      </div>
                      <span className="visually-hidden">{t("app.homeLink")}</span>
                    </Link>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
