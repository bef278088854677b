import { type Invitation, ROLE_LABELS } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/api.ts";
import { formatShortDateTime } from "../format/dates.ts";
import { useLabel, useLanguage } from "../format/language.ts";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { CopyButton } from "../forms/CopyButton.tsx";
import { FieldError } from "../forms/Field.tsx";
import { errorsOfFailure } from "../forms/useApiForm.ts";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { invitationStatus, invitationUrl } from "./invitationStatus.ts";

/** The links created so far: for whom, how long they last, and whether they still work. */
export function InvitationsTable({ invitations }: { invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  if (invitations.length === 0) return null;
  const newestFirst = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="invitations-title" className="mt-5">
      <h2 id="invitations-title" className="h4">
        {t("people.invitations.title")}
      </h2>
      <div className="table-responsive">
        <table className="table tavolo-table">
          <caption className="visually-hidden">{t("people.invitations.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("people.invitations.for")}</th>
              <th scope="col">{t("people.invitations.uses")}</th>
              <th scope="col">{t("people.invitations.expires")}</th>
              <th scope="col">{t("people.invitations.status")}</th>
              <th scope="col">{t("people.table.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((invitation) => (
              <InvitationRow key={invitation.token} invitation={invitation} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { procedure, organisations } = useProcedure();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const status = invitationStatus(invitation);
  const organisation = organisations.find(
    (candidate) => candidate.id === invitation.organisationId,
  );
  const role = label(ROLE_LABELS[invitation.role]);
  const forWhom = organisation ? `${role} · ${organisation.name}` : role;

  const withdraw = async () => {
    try {
      await api.withdrawInvitation(procedure.id, invitation.token);
      await refresh();
    } catch (failure) {
      setError(Object.values(errorsOfFailure(failure, t)).join(" "));
    }
  };

  return (
    <tr>
      <th scope="row">{forWhom}</th>
      <td>
        {invitation.singleUse ? t("people.invitations.single") : t("people.invitations.multi")}
        {invitation.usedBy.length > 0 && (
          <span className="tavolo-muted">
            {" "}
            ({t("people.invitations.usedBy", { count: invitation.usedBy.length })})
          </span>
        )}
      </td>
      <td>
        <time dateTime={invitation.expiresAt}>
          {formatShortDateTime(invitation.expiresAt, language)}
        </time>
      </td>
      <td>
        <span className={`badge tavolo-status-badge tavolo-status-badge--${status}`}>
          {t(`people.invitations.state.${status}`)}
        </span>
      </td>
      <td>
        <div className="tavolo-members__actions">
          {status === "valid" && (
            <>
              <CopyButton value={invitationUrl(invitation.token)} context={forWhom} />
              <ConfirmButton
                label={t("people.invitations.withdraw")}
                question={t("people.invitations.withdrawQuestion", { who: forWhom })}
                confirmLabel={t("people.invitations.withdrawConfirm")}
                onConfirm={withdraw}
              />
            </>
          )}
          {error && <FieldError id={`invitation-${invitation.token}-error`} message={error} live />}
        </div>
      </td>
    </tr>
  );
}
