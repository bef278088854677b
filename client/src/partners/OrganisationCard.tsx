import {
  type CreateOrganisation,
  can,
  canEditOrganisation,
  ORGANISATION_TYPE_LABELS,
  type Organisation,
  ROLE_LABELS,
} from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/api.ts";
import { useLabel, useLanguage } from "../format/language.ts";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { FieldError } from "../forms/Field.tsx";
import { errorsOfFailure } from "../forms/useApiForm.ts";
import { useFocusLater } from "../forms/useFocusLater.ts";
import { Icon } from "../layout/Icon.tsx";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { OrganisationForm } from "./OrganisationForm.tsx";
import { draftOf } from "./organisationDraft.ts";
import { ResourceTable } from "./ResourceTable.tsx";

interface OrganisationCardProps {
  organisation: Organisation;
  onSaved: (notice: string) => void;
  onRemoved: (name: string) => Promise<void>;
}

/** One partner: who it is, what it brings, who acts for it; edited in place. */
export function OrganisationCard({ organisation, onSaved, onRemoved }: OrganisationCardProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { procedure, me, members } = useProcedure();
  const refresh = useRefresh();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const people = members.filter((member) => member.organisationId === organisation.id);
  const headingId = `organisation-${organisation.id}`;

  const save = async (input: CreateOrganisation) => {
    await api.updateOrganisation(procedure.id, organisation.id, input);
    await refresh();
    setEditing(false);
    onSaved(t("partners.saved", { name: input.name }));
    focusLater(headingId);
  };

  const remove = async () => {
    try {
      await api.deleteOrganisation(procedure.id, organisation.id);
      await onRemoved(organisation.name);
    } catch (failure) {
      setError(Object.values(errorsOfFailure(failure, t)).join(" "));
    }
  };

  return (
    <article className="card shadow-sm tavolo-card tavolo-organisation" aria-labelledby={headingId}>
      <div className="card-body">
        <h3 id={headingId} tabIndex={-1} className="h4 tavolo-organisation__name">
          {organisation.name}
          <span
            className={`badge ms-2 ${organisation.role === "capofila" ? "tavolo-badge-capofila" : "tavolo-badge-partner"}`}
          >
            {t(`partners.roles.${organisation.role}`)}
          </span>
        </h3>
        <p className="tavolo-muted">
          {label(ORGANISATION_TYPE_LABELS[organisation.type])} · {t("partners.fields.fiscalCode")}{" "}
          <span className="tavolo-code">{organisation.fiscalCode}</span>
        </p>
        {editing ? (
          <OrganisationForm
            initial={draftOf(organisation, language)}
            submitLabel={t("partners.save")}
            classify={can(me.role, "organisation.classify")}
            onSave={save}
            onCancel={() => {
              setEditing(false);
              focusLater(headingId);
            }}
          />
        ) : (
          <>
            <ResourceTable organisation={organisation} />
            <p className="tavolo-organisation__people">
              <Icon name="it-user" className="icon-sm" />
              <span>
                {people.length === 0
                  ? t("partners.noPeople")
                  : people
                      .map((member) => `${member.displayName} (${label(ROLE_LABELS[member.role])})`)
                      .join(", ")}
              </span>
            </p>
            <div className="tavolo-card__actions">
              {canEditOrganisation(me, organisation.id) && (
                <button
                  type="button"
                  className="btn btn-outline-primary btn-sm btn-icon"
                  onClick={() => setEditing(true)}
                >
                  <Icon name="it-pencil" className="icon-primary icon-sm me-1" />
                  <span>
                    {t("partners.edit")}
                    <span className="visually-hidden"> {organisation.name}</span>
                  </span>
                </button>
              )}
              {can(me.role, "organisation.delete") && (
                <ConfirmButton
                  label={t("partners.remove")}
                  question={t("partners.removeQuestion", { name: organisation.name })}
                  confirmLabel={t("partners.removeConfirm")}
                  onConfirm={remove}
                />
              )}
            </div>
            {error && <FieldError id={`${headingId}-error`} message={error} live />}
          </>
        )}
      </div>
    </article>
  );
}
