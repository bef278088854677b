import type { ProposalTemplate } from "@tavolo/shared";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { useProcedure } from "../procedure/useProcedure.ts";
import { DocumentPresence } from "./DocumentPresence.tsx";
import { SectionOutline } from "./sections/SectionOutline.tsx";

interface DocumentSidebarProps {
  awareness: Awareness;
  template: ProposalTemplate | null;
  onlyMine: boolean;
  onOnlyMine: (on: boolean) => void;
  /** Panels below the sections (the comments). */
  children?: ReactNode;
}

/** Beside the text: who is here, the "Le mie sezioni" filter, the list of sections, then `children`. */
export function DocumentSidebar({
  awareness,
  template,
  onlyMine,
  onOnlyMine,
  children,
}: DocumentSidebarProps) {
  const { t } = useTranslation();
  const id = useId();
  const { me } = useProcedure();
  return (
    <aside className="tavolo-doc__side" aria-label={t("documents.side.label")}>
      <DocumentPresence awareness={awareness} />
      <section className="tavolo-doc-side__panel" aria-labelledby={`${id}-sections`}>
        <h2 id={`${id}-sections`} className="h6 tavolo-doc-side__title">
          {t("documents.side.sections")}
        </h2>
        {template?.kind === "verbale" ? null : me.organisationId ? (
          <div className="tavolo-check tavolo-doc-side__filter">
            <input
              id={`${id}-mine`}
              type="checkbox"
              checked={onlyMine}
              onChange={(event) => onOnlyMine(event.target.checked)}
            />
            <label htmlFor={`${id}-mine`}>{t("documents.side.onlyMine")}</label>
          </div>
        ) : (
          <p className="tavolo-doc-side__hint">{t("documents.side.noOrganisation")}</p>
        )}
        {template && <SectionOutline template={template} />}
      </section>
      {children}
    </aside>
  );
}
