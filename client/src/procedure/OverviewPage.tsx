import { can } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { PhaseChangeForm } from "../phases/PhaseChangeForm.tsx";
import { PhaseHistory } from "../phases/PhaseHistory.tsx";
import { PhaseStepper } from "../phases/PhaseStepper.tsx";
import { phaseSteps } from "../phases/phaseSteps.ts";
import { RoomsSection } from "../rooms/RoomsSection.tsx";
import { MeetingsPanel, PartnersPanel, PeoplePanel } from "./OverviewPanels.tsx";
import { ProcedurePage } from "./ProcedurePage.tsx";
import { useProcedure } from "./useProcedure.ts";

/** "/procedure/:pid": the phases, with the rest of the procedure at a glance beside them. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { procedure, phases, me } = useProcedure();
  const steps = phaseSteps(procedure, phases);
  return (
    <ProcedurePage section="overview">
      {procedure.description && <p className="tavolo-description">{procedure.description}</p>}
      <div className="row g-4">
        <section className="col-lg-7" aria-labelledby="phases-title">
          <h2 id="phases-title" className="h4">
            {t("phases.title")}
          </h2>
          <p className="tavolo-muted">{t("phases.intro")}</p>
          {can(me.role, "procedure.changePhase") && (
            <PhaseChangeForm procedureId={procedure.id} steps={steps} />
          )}
          <PhaseStepper steps={steps} labelledBy="phases-title" />
          <PhaseHistory history={procedure.phaseHistory} />
        </section>
        <div className="col-lg-5">
          <RoomsSection />
          <MeetingsPanel />
          <PartnersPanel />
          <PeoplePanel />
        </div>
      </div>
    </ProcedurePage>
  );
}
