import { ROLE_LABELS } from "@tavolo/shared";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedInvitation } from "../api/api.ts";
import { formatDateTime } from "../format/dates.ts";
import { useLabel, useLanguage } from "../format/language.ts";
import { CopyField } from "../forms/CopyField.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";

interface CreatedInvitationLinkProps {
  /** The heading, which takes the focus when the link appears. */
  ref: Ref<HTMLHeadingElement>;
  invitation: CreatedInvitation;
}

/** The link just created, whole, ready to copy into an e-mail; it takes the focus. */
export function CreatedInvitationLink({ ref, invitation }: CreatedInvitationLinkProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { organisations } = useProcedure();
  const organisation = organisations.find(
    (candidate) => candidate.id === invitation.organisationId,
  );
  const role = label(ROLE_LABELS[invitation.role]);
  return (
    <div className="tavolo-invitation-created">
      <h3 ref={ref} tabIndex={-1} className="h5">
        {t("people.invite.created")}
      </h3>
      <p>
        {organisation
          ? t("people.invite.summaryFor", { role, organisation: organisation.name })
          : t("people.invite.summary", { role })}{" "}
        {invitation.singleUse ? t("people.invite.singleNote") : t("people.invite.multiNote")}{" "}
        {t("people.invite.expires", { date: formatDateTime(invitation.expiresAt, language) })}
      </p>
      <CopyField
        label={t("people.invite.link")}
        hint={t("people.invite.linkHint")}
        value={`${window.location.origin}${invitation.path}`}
      />
    </div>
  );
}
