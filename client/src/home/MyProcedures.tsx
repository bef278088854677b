import { PHASES, type ProcedureSummary, phaseDefinition, ROLE_LABELS } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { AdminLinks } from "../admin/AdminLinks.tsx";
import { useLabel } from "../format/language.ts";
import { Icon } from "../layout/Icon.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { usePerson } from "../session/session.ts";
import { StartActions } from "./StartActions.tsx";

interface MyProceduresProps {
  name: string;
  procedures: readonly ProcedureSummary[];
}

/** "Le mie procedure": every procedure this person takes part in, with its phase and their role. */
export function MyProcedures({ name, procedures }: MyProceduresProps) {
  const { t } = useTranslation();
  const creates = usePerson()?.mayCreateProcedures ?? false;
  usePageTitle(t("myProcedures.pageTitle"));
  return (
    <div className="container tavolo-page">
      <div className="tavolo-page__head">
        <div>
          <h1 className="tavolo-page__title">{t("myProcedures.title")}</h1>
          <p className="lead">{t("myProcedures.lead", { name })}</p>
        </div>
        {procedures.length > 0 && creates && (
          <Link to="/procedure/nuova" className="btn btn-primary btn-icon">
            <Icon name="it-plus" className="icon-white icon-sm me-2" />
            <span>{t("myProcedures.create")}</span>
          </Link>
        )}
      </div>
      {procedures.length === 0 ? (
        <EmptyState creates={creates} />
      ) : (
        <ProcedureList procedures={procedures} />
      )}
      <AdminLinks />
    </div>
  );
}

function EmptyState({ creates }: { creates: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card shadow-sm tavolo-card tavolo-empty" aria-labelledby="empty-title">
      <div className="card-body">
        <h2 id="empty-title" className="h4 card-title">
          {t("myProcedures.empty.title")}
        </h2>
        <p>{t("myProcedures.empty.body")}</p>
        {creates ? <StartActions /> : <p>{t("adminIdentity.notCreator")}</p>}
        <p className="tavolo-card__aside">{t("myProcedures.empty.invited")}</p>
      </div>
    </section>
  );
}

function ProcedureList({ procedures }: { procedures: readonly ProcedureSummary[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <ul className="tavolo-procedures" aria-label={t("myProcedures.listLabel")}>
      {procedures.map((procedure) => {
        const step = PHASES.findIndex((phase) => phase.key === procedure.phase) + 1;
        return (
          <li key={procedure.id} className="card shadow-sm tavolo-card tavolo-procedures__item">
            <div className="card-body">
              <p className="tavolo-kicker">{procedure.amministrazione}</p>
              <h2 className="h4 card-title">
                <Link to={`/procedure/${procedure.id}`} className="tavolo-procedures__link">
                  {procedure.title}
                </Link>
              </h2>
              <dl className="tavolo-facts">
                <div>
                  <dt>{t("myProcedures.phase")}</dt>
                  <dd>
                    {label(phaseDefinition(procedure.phase).label)}{" "}
                    <span className="tavolo-muted">
                      ({t("myProcedures.step", { step, total: PHASES.length })})
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>{t("myProcedures.role")}</dt>
                  <dd>
                    <span className="badge tavolo-role">
                      {label(ROLE_LABELS[procedure.myRole])}
                    </span>
                  </dd>
                </div>
              </dl>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
