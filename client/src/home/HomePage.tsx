import { useTranslation } from "react-i18next";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { OpenNoteForm } from "./OpenNoteForm.tsx";

/** "/": what Tavolo is, and the form that opens a shared note. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t("home.pageTitle"));
  return (
    <div className="container tavolo-page">
      <div className="row">
        <div className="col-lg-7 tavolo-intro">
          <h1 className="tavolo-page__title">{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <p className="lead">{t("home.lead2")}</p>
        </div>
      </div>
      <div className="row g-4 mt-2">
        <section className="col-lg-7" aria-labelledby="open-note-title">
          <div className="card shadow-sm tavolo-card">
            <div className="card-body">
              <h2 id="open-note-title" className="h4 card-title">
                {t("home.formTitle")}
              </h2>
              <p>{t("home.formIntro")}</p>
              <OpenNoteForm />
            </div>
          </div>
        </section>
        <section className="col-lg-5" aria-labelledby="how-title">
          <div className="tavolo-how">
            <h2 id="how-title" className="h4">
              {t("home.howTitle")}
            </h2>
            <ol className="tavolo-how__steps">
              <li>{t("home.how1")}</li>
              <li>{t("home.how2")}</li>
              <li>{t("home.how3")}</li>
            </ol>
          </div>
        </section>
      </div>
    </div>
  );
}
