import { assignSection } from "@tavolo/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { organisationName, useDocumentContext, useSectionState } from "../DocumentContext.tsx";
import { CharacterCount } from "./CharacterCount.tsx";

interface SectionBadgesProps {
  sectionKey: string;
  title: string;
}

/** A section's margin: the organisation that writes it (facilitators choose it) and its length. */
export function SectionBadges({ sectionKey, title }: SectionBadgesProps) {
  const { meta, counts } = useSectionState();
  const { template } = useDocumentContext();
  const section = meta[sectionKey];
  // Minutes are written by whoever keeps them: their sections are not shared out to partners.
  const assignable = template?.kind !== "verbale";
  return (
    <div className="tavolo-doc-section__badges" contentEditable={false}>
      {assignable && (
        <Assignee
          sectionKey={sectionKey}
          title={title}
          assigned={section?.assignedOrganisationId ?? null}
        />
      )}
      <CharacterCount count={counts[sectionKey] ?? 0} limit={section?.charLimit ?? null} />
    </div>
  );
}

function Assignee({
  sectionKey,
  title,
  assigned,
}: {
  sectionKey: string;
  title: string;
  assigned: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { doc, editable, canAssign, organisations, myOrganisationId } = useDocumentContext();
  const mine = assigned !== null && assigned === myOrganisationId;
  if (canAssign && editable) {
    return (
      <span className="tavolo-doc-badge tavolo-doc-badge--select">
        <label htmlFor={id} className="visually-hidden">
          {t("documents.sections.assignLabel", { section: title })}
        </label>
        <select
          id={id}
          className="form-select form-select-sm"
          value={assigned ?? ""}
          onChange={(event) => assignSection(doc, sectionKey, event.target.value || null)}
        >
          <option value="">{t("documents.sections.unassigned")}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </span>
    );
  }
  const name = assigned ? organisationName(organisations, assigned) : null;
  return (
    <span
      className={`tavolo-doc-badge${mine ? " tavolo-doc-badge--mine" : ""}`}
      data-testid="section-assignee"
    >
      {assigned
        ? t("documents.sections.assignedTo", {
            organisation: name ?? t("documents.removedOrganisation"),
          })
        : t("documents.sections.unassigned")}
      {mine && <span className="tavolo-doc-badge__mine">{t("documents.sections.mine")}</span>}
    </span>
  );
}
