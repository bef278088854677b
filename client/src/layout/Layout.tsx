import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigation } from "react-router-dom";
import { AddPasskeyBanner } from "../account/AddPasskeyBanner.tsx";
import { Footer } from "./Footer.tsx";
import { Header } from "./Header.tsx";

/**
 * Every page: skip link, header, main content, footer. After an in-app navigation, focus moves
 * to the main landmark so a screen reader starts reading the new page, as after a page load.
 */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = "";
      main.current?.focus();
    }
  }, [pathname]);

  const loading = navigation.state === "loading";
  return (
    <>
      <div className="skiplinks">
        <a className="visually-hidden-focusable" href="#main-content">
          {t("skipLink")}
        </a>
      </div>
      <Header />
      <AddPasskeyBanner />
      <div className={`tavolo-progress${loading ? " tavolo-progress--active" : ""}`} aria-hidden />
      <main
        id="main-content"
        ref={main}
        tabIndex={-1}
        className="tavolo-main"
        aria-busy={loading || undefined}
      >
        <Outlet />
      </main>
      <Footer />
    </>
  );
}
