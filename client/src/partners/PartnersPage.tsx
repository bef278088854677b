import { type CreateOrganisation, can } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/api.ts";
import { useFocusLater } from "../forms/useFocusLater.ts";
import { Icon } from "../layout/Icon.tsx";
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
      <div className="tavolo-section__head">
        <div>
          <h2 className="h3">{t("partners.title")}</h2>
          <p className="tavolo-muted">{t("partners.intro")}</p>
        </div>
        {can(me.role, "organisation.create") && !adding && (
          <button
            id="add-partner"
            type="button"
            className="btn btn-primary btn-icon"
            onClick={() => setAdding(true)}
          >
            <Icon name="it-plus" className="icon-white icon-sm me-2" />
            <span>{t("partners.add")}</span>
          </button>
        )}
      </div>
      <p role="status" className="tavolo-notice">
        {notice}
      </p>
      {adding && (
        <section className="card shadow-sm tavolo-card mb-4" aria-labelledby="add-partner-title">
          <div className="card-body">
            <h3 id="add-partner-title" className="h4">
              {t("partners.addTitle")}
            </h3>
            <OrganisationForm
              initial={emptyDraft()}
              submitLabel={t("partners.addSubmit")}
              onSave={add}
              onCancel={() => {
                setAdding(false);
                focusLater("add-partner");
              }}
            />
          </div>
        </section>
      )}
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
