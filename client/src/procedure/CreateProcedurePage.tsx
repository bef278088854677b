import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { api } from "../api/api.ts";
import { Breadcrumb } from "../layout/Breadcrumb.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { StartSessionForm } from "../session/StartSessionForm.tsx";
import { usePerson } from "../session/session.ts";
import { NEW_PROCEDURE, ProcedureForm } from "./ProcedureForm.tsx";

/** "/procedure/nuova": the form that starts a procedure; its author becomes the facilitator. */
export function CreateProcedurePage() {
  const { t } = useTranslation();
  const person = usePerson();
  const navigate = useNavigate();
  usePageTitle(t("createProcedure.pageTitle"));
  return (
    <div className="container tavolo-page">
      <Breadcrumb
        crumbs={[
          { label: t("myProcedures.title"), to: "/" },
          { label: t("createProcedure.title") },
        ]}
      />
      <div className="row g-5">
        <div className="col-lg-8">
          <h1 className="tavolo-page__title">{t("createProcedure.title")}</h1>
          <p className="lead">{t("createProcedure.lead")}</p>
          {person ? (
            <ProcedureForm
              initial={NEW_PROCEDURE}
              submitLabel={t("createProcedure.submit")}
              onSave={async (input) => {
                const procedure = await api.createProcedure(input);
                await navigate(`/procedure/${procedure.id}`, {
                  state: { notice: t("createProcedure.created") },
                });
              }}
            />
          ) : (
            <section className="card shadow-sm tavolo-card" aria-labelledby="who-title">
              <div className="card-body">
                <h2 id="who-title" className="h4 card-title">
                  {t("home.startTitle")}
                </h2>
                <p>{t("createProcedure.nameFirst")}</p>
                <StartSessionForm submitLabel={t("home.start")} />
              </div>
            </section>
          )}
        </div>
        <aside className="col-lg-4" aria-labelledby="next-title">
          <div className="tavolo-how">
            <h2 id="next-title" className="h4">
              {t("createProcedure.nextTitle")}
            </h2>
            <ol className="tavolo-how__steps">
              <li>{t("createProcedure.next1")}</li>
              <li>{t("createProcedure.next2")}</li>
              <li>{t("createProcedure.next3")}</li>
            </ol>
          </div>
        </aside>
      </div>
    </div>
  );
}
