import { can } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../api/api.ts";
import { Breadcrumb } from "../layout/Breadcrumb.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { ProcedureForm, procedureValues } from "./ProcedureForm.tsx";
import { useProcedure, useRefresh } from "./useProcedure.ts";

/**
 * "/procedure/:pid/dati": the facilitator corrects the procedure's details (a title agreed at
 * the first session, the funding line once the call is out); the change is in the activity log.
 */
export function EditProcedurePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const { procedure, me } = useProcedure();
  const home = `/procedure/${procedure.id}`;
  usePageTitle(`${t("editProcedure.title")} – ${procedure.title}`);
  return (
    <div className="container tavolo-page">
      <Breadcrumb
        crumbs={[
          { label: t("myProcedures.title"), to: "/" },
          { label: procedure.title, to: home },
          { label: t("editProcedure.title") },
        ]}
      />
      <div className="row">
        <div className="col-lg-8">
          <h1 className="tavolo-page__title">{t("editProcedure.title")}</h1>
          {can(me.role, "procedure.edit") ? (
            <>
              <p className="lead">{t("editProcedure.lead")}</p>
              <ProcedureForm
                initial={procedureValues(procedure)}
                submitLabel={t("editProcedure.submit")}
                onSave={async (input) => {
                  await api.updateProcedure(procedure.id, input);
                  await refresh();
                  await navigate(home, { state: { notice: t("editProcedure.saved") } });
                }}
              />
              <Link to={home} className="btn btn-link px-0">
                {t("editProcedure.cancel")}
              </Link>
            </>
          ) : (
            <p className="alert alert-info">{t("editProcedure.forbidden")}</p>
          )}
        </div>
      </div>
    </div>
  );
}
