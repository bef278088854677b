import { can, phaseDefinition, ROLE_LABELS } from "@tavolo/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation } from "react-router-dom";
import { useLabel } from "../format/language.ts";
import { Breadcrumb } from "../layout/Breadcrumb.tsx";
import { Icon } from "../layout/Icon.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { useProcedure } from "./useProcedure.ts";

/** The sections of a procedure, each a tab of its home. */
export type Section = "overview" | "partners" | "people" | "meetings" | "audit";

const SECTION_PATHS: Record<Section, string> = {
  overview: "",
  partners: "/enti",
  people: "/persone",
  meetings: "/incontri",
  audit: "/registro",
};

interface ProcedurePageProps {
  section: Section;
  children: ReactNode;
}

/** A page of one procedure: where it is, what it is, its sections, then the section itself. */
export function ProcedurePage({ section, children }: ProcedurePageProps) {
  const { t } = useTranslation();
  const { procedure } = useProcedure();
  const sectionLabel = t(`procedure.sections.${section}`);
  usePageTitle(`${sectionLabel} – ${procedure.title}`);
  const home = `/procedure/${procedure.id}`;
  return (
    <div className="container tavolo-page">
      <Breadcrumb
        crumbs={[
          { label: t("myProcedures.title"), to: "/" },
          { label: procedure.title, to: home },
          ...(section === "overview" ? [] : [{ label: sectionLabel }]),
        ]}
      />
      <ProcedureHeading />
      <SectionTabs />
      <div className="tavolo-section">{children}</div>
    </div>
  );
}

function ProcedureHeading() {
  const { t } = useTranslation();
  const label = useLabel();
  const { procedure, me } = useProcedure();
  const notice = useNotice();
  return (
    <header className="tavolo-procedure-head">
      <p className="tavolo-kicker">{procedure.amministrazione}</p>
      <div className="tavolo-procedure-head__title">
        <h1 className="tavolo-page__title">{procedure.title}</h1>
        {can(me.role, "procedure.edit") && (
          <Link to={`/procedure/${procedure.id}/dati`} className="btn btn-outline-primary btn-sm">
            <Icon name="it-pencil" className="icon-primary icon-sm me-1" />
            {t("editProcedure.link")}
          </Link>
        )}
      </div>
      <dl className="tavolo-facts tavolo-facts--inline">
        <div>
          <dt>{t("procedure.facts.phase")}</dt>
          <dd>{label(phaseDefinition(procedure.phase).label)}</dd>
        </div>
        <div>
          <dt>{t("procedure.facts.role")}</dt>
          <dd>
            <span className="badge tavolo-role">{label(ROLE_LABELS[me.role])}</span>
          </dd>
        </div>
        {procedure.fundingLine && (
          <div>
            <dt>{t("procedure.facts.fundingLine")}</dt>
            <dd>{procedure.fundingLine}</dd>
          </div>
        )}
        {procedure.cup && (
          <div>
            <dt>{t("procedure.facts.cup")}</dt>
            <dd>{procedure.cup}</dd>
          </div>
        )}
        {procedure.ambito && (
          <div>
            <dt>{t("procedure.facts.ambito")}</dt>
            <dd>{procedure.ambito}</dd>
          </div>
        )}
        <div>
          <dt>{t("procedure.facts.legalBasis")}</dt>
          <dd>{procedure.legalBasis || "—"}</dd>
        </div>
      </dl>
      {me.role === "osservatore" && (
        <p className="alert alert-info tavolo-readonly">{t("procedure.observer")}</p>
      )}
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
    </header>
  );
}

/** A message the previous page left for this one ("Procedura creata."), if any. */
function useNotice(): string | null {
  const { state } = useLocation();
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return typeof state.notice === "string" ? state.notice : null;
}

function SectionTabs() {
  const { t } = useTranslation();
  const { procedure, me, organisations, members, meetings } = useProcedure();
  const counts: Partial<Record<Section, number>> = {
    partners: organisations.length,
    people: members.length,
    meetings: meetings.length,
  };
  const sections: Section[] = ["overview", "partners", "people", "meetings"];
  if (can(me.role, "audit.read")) sections.push("audit");
  return (
    <nav className="tavolo-tabs" aria-label={t("procedure.sectionsLabel")}>
      <ul className="nav nav-tabs">
        {sections.map((section) => (
          <li key={section} className="nav-item">
            <NavLink
              to={`/procedure/${procedure.id}${SECTION_PATHS[section]}`}
              end
              className="nav-link"
            >
              {t(`procedure.sections.${section}`)}
              {counts[section] !== undefined && (
                <span className="tavolo-tabs__count">
                  <span className="visually-hidden"> (</span>
                  {counts[section]}
                  <span className="visually-hidden">)</span>
                </span>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
