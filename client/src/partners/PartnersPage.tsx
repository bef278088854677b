import { type CreateOrganisation, can } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/api.ts";
import { AddableSection } from "../forms/AddableSection.tsx";
import { useFocusLater } from "../forms/useFocusLater.ts";
import { ProcedurePage } from "../procedure/ProcedurePage.tsx";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { OrganisationCard } from "./OrganisationCard.tsx";
import { OrganisationForm } from "./OrganisationForm.tsx";
import { emptyDraft } from "./organisationDraft.ts";

/** "/procedure/:pid/enti": the partner organisations and the resources each one brings. */
export function PartnersPage() {
  const { t } = useTranslation();
  const { procedure, organisations, me } = useProcedure();
  const refresh = useRefresh();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState("");
  const focusLater = useFocusLater();

  const add = async (input: CreateOrganisation) => {
    const created = await api.createOrganisation(procedure.id, input);
    await refresh();
    setAdding(false);
    setNotice(t("partners.added", { name: created.name }));
    focusLater(`organisation-${created.id}`);
  };

  const removed = async (name: string) => {
    await refresh();
    setNotice(t("partners.removed", { name }));
    focusLater("add-partner");
  };

  return (
    <ProcedurePage section="partners">
      <AddableSection
        addId="add-partner"
        title={t("partners.title")}
        intro={t("partners.intro")}
        addLabel={t("partners.add")}
        formTitle={t("partners.addTitle")}
        canAdd={can(me.role, "organisation.create")}
        adding={adding}
        onAdd={() => setAdding(true)}
        notice={notice}
        form={
          <OrganisationForm
            initial={emptyDraft()}
            submitLabel={t("partners.addSubmit")}
            onSave={add}
            onCancel={() => {
              setAdding(false);
              focusLater("add-partner");
            }}
          />
        }
      />
      {organisations.length === 0 ? (
        <p className="tavolo-empty-text">
          {can(me.role, "organisation.create")
            ? t("partners.emptyFacilitator")
            : t("partners.empty")}
        </p>
      ) : (
        <ul className="tavolo-cards">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <OrganisationCard
                organisation={organisation}
                onRemoved={removed}
                onSaved={setNotice}
              />
            </li>
          ))}
        </ul>
      )}
    </ProcedurePage>
  );
}
