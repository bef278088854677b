import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router-dom";
import { Footer } from "./Footer.tsx";
import { Header } from "./Header.tsx";
import { usePageTitle } from "./usePageTitle.ts";

/**
 * A page that could not be loaded (server down, unexpected answer). `standalone` when the
 * layout itself failed: it then draws its own header and footer.
 */
export function PageError({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t("pageError.pageTitle"));
  const body = (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("pageError.title")}</h1>
      <p className="lead">{t("pageError.body")}</p>
      {error instanceof Error && <p className="text-muted small">{error.message}</p>}
      <a href="/" className="btn btn-primary">
        {t("pageError.reload")}
      </a>
    </div>
  );
  if (!standalone) return body;
  return (
    <>
      <Header />
      <main id="main-content" className="tavolo-main">
        {body}
      </main>
      <Footer />
    </>
  );
}
