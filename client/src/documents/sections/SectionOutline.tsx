import type { ProposalTemplate } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { organisationName, useDocumentContext, useSectionState } from "../DocumentContext.tsx";

/** Brings a section's heading into view and puts the caret in its text. */
function goToSection(key: string): void {
  const heading = document.querySelector<HTMLElement>(
    `.tavolo-doc__text [data-section-key="${CSS.escape(key)}"]`,
  );
  heading?.scrollIntoView({ behavior: "smooth", block: "start" });
}

/**
 * The template's sections as a list to move through a long document, each with who writes it
 * and whether it is over its limit.
 */
export function SectionOutline({ template }: { template: ProposalTemplate }) {
  const { t } = useTranslation();
  const { organisations } = useDocumentContext();
  const { counts, meta } = useSectionState();
  return (
    <ol className="tavolo-outline">
      {template.sections.map((section) => {
        const limit = meta[section.key]?.charLimit ?? null;
        const count = counts[section.key] ?? 0;
        const over = limit !== null && count > limit;
        const assignee = meta[section.key]?.assignedOrganisationId;
        return (
          <li key={section.key} className={over ? "tavolo-outline__item--over" : undefined}>
            <button
              type="button"
              className="btn btn-link tavolo-outline__link"
              onClick={() => goToSection(section.key)}
            >
              {section.title}
            </button>
            {template.kind !== "verbale" && (
              <span className="tavolo-outline__meta">
                {assignee
                  ? (organisationName(organisations, assignee) ??
                    t("documents.removedOrganisation"))
                  : t("documents.sections.unassigned")}
                {over && ` · ${t("documents.count.overShort")}`}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
