import { can, type Member, ROLE_LABELS } from "@tavolo/shared";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { SignInLinkButton } from "../admin/SignInLinkButton.tsx";
import { api } from "../api/api.ts";
import { formatShortDate } from "../format/dates.ts";
import { useLabel, useLanguage } from "../format/language.ts";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { FieldError } from "../forms/Field.tsx";
import { useFocusLater } from "../forms/useFocusLater.ts";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { MemberRoleForm } from "./MemberRoleForm.tsx";
import { peopleError } from "./peopleError.ts";

/** Everyone in the procedure; facilitators change roles and revoke people from here. */
export function MembersTable({ onNotice }: { onNotice: (notice: string) => void }) {
  const { t } = useTranslation();
  const { me, members } = useProcedure();
  const manage = can(me.role, "people.manage");
  const [editing, setEditing] = useState<string | null>(null);
  const focusLater = useFocusLater();
  return (
    <div className="table-responsive">
      <table className="table tavolo-table tavolo-members">
        <caption>{t("people.table.caption", { count: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("people.table.name")}</th>
            <th scope="col">{t("people.table.role")}</th>
            <th scope="col">{t("people.table.organisation")}</th>
            <th scope="col">{t("people.table.since")}</th>
            {manage && <th scope="col">{t("people.table.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <Fragment key={member.personId}>
              <MemberRow
                member={member}
                manage={manage}
                editing={editing === member.personId}
                onEdit={() => setEditing(member.personId)}
                onNotice={onNotice}
              />
              {editing === member.personId && (
                <tr className="tavolo-members__editor">
                  <td colSpan={5} className="tavolo-members__editor-cell">
                    <MemberRoleForm
                      member={member}
                      onDone={(notice) => {
                        setEditing(null);
                        if (notice) onNotice(notice);
                        focusLater(`edit-${member.personId}`);
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface MemberRowProps {
  member: Member;
  manage: boolean;
  editing: boolean;
  onEdit: () => void;
  onNotice: (notice: string) => void;
}

function MemberRow({ member, manage, editing, onEdit, onNotice }: MemberRowProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { procedure, me, organisations } = useProcedure();
  const refresh = useRefresh();
  const focusLater = useFocusLater();
  const [error, setError] = useState<string | null>(null);
  const organisation = organisations.find((candidate) => candidate.id === member.organisationId);
  const isMe = member.personId === me.personId;

  const revoke = async () => {
    try {
      await api.revokeMember(procedure.id, member.personId);
      await refresh();
      onNotice(t("people.revoked", { name: member.displayName }));
      focusLater("people-title");
    } catch (failure) {
      setError(peopleError(failure, t));
    }
  };

  return (
    <tr>
      <th scope="row">
        {member.displayName}
        {isMe && <span className="tavolo-muted"> ({t("people.you")})</span>}
      </th>
      <td>
        <span className="badge tavolo-role">{label(ROLE_LABELS[member.role])}</span>
      </td>
      <td>{organisation?.name ?? "—"}</td>
      <td>
        <time dateTime={member.joinedAt}>{formatShortDate(member.joinedAt, language)}</time>
      </td>
      {manage && (
        <td>
          <div className="tavolo-members__actions">
            <button
              id={`edit-${member.personId}`}
              type="button"
              className="btn btn-outline-primary btn-sm"
              aria-expanded={editing}
              onClick={onEdit}
            >
              {t("people.changeRole")}
              <span className="visually-hidden"> {member.displayName}</span>
            </button>
            {!isMe && (
              <ConfirmButton
                label={t("people.revoke")}
                question={t("people.revokeQuestion", { name: member.displayName })}
                confirmLabel={t("people.revokeConfirm")}
                onConfirm={revoke}
              />
            )}
            {!isMe && <SignInLinkButton procedureId={procedure.id} member={member} />}
            {error && <FieldError id={`revoke-${member.personId}-error`} message={error} live />}
          </div>
        </td>
      )}
    </tr>
  );
}
