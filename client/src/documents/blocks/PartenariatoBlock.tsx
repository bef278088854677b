import {
  PartnerRoleSchema,
  type PartnershipMember,
  type PartnershipMemberPatchSchema,
  removePartnershipMember,
  updatePartnershipMember,
  type YRecord,
} from "@tavolo/shared";
import { useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { api } from "../../api/api.ts";
import { organisationName, useDocumentContext } from "../DocumentContext.tsx";
import { useYSnapshot } from "../useYSnapshot.ts";
import { BlockTable } from "./BlockTable.tsx";
import { CommitInput } from "./CommitInput.tsx";
import { addMissingPartners, readMembers } from "./partnership.ts";
import { RemoveButton } from "./RemoveButton.tsx";

/**
 * The partenariato table: the procedure's organisations with their role, what each is
 * responsible for and the resources it brings. "Aggiorna dai partner" lists the organisations
 * added to the procedure since; names always come from the procedure, never copied.
 */
export function PartenariatoBlock({ block }: { block: YRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const { editable, procedureId } = useDocumentContext();
  const read = useCallback(() => readMembers(block), [block]);
  const members = useYSnapshot(block, read);
  const [status, setStatus] = useState<string | null>(null);

  const refresh = async () => {
    setStatus(t("documents.partners.refreshing"));
    try {
      const { organisations } = await api.procedure(procedureId);
      const added = addMissingPartners(block, organisations);
      setStatus(t("documents.partners.refreshed", { count: added }));
    } catch {
      setStatus(t("documents.partners.refreshFailed"));
    }
  };

  return (
    <section className="tavolo-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="tavolo-block__title">
        {t("documents.partners.title")}
      </h3>
      {members.length === 0 ? (
        <p className="tavolo-block__empty">{t("documents.partners.empty")}</p>
      ) : (
        <MembersTable block={block} members={members} editable={editable} />
      )}
      {editable && (
        <div className="tavolo-block__actions">
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={refresh}>
            {t("documents.partners.refresh")}
          </button>
          <span role="status" className="tavolo-block__status">
            {status}
          </span>
        </div>
      )}
    </section>
  );
}

function MembersTable({
  block,
  members,
  editable,
}: {
  block: YRecord;
  members: readonly PartnershipMember[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const columns = [
    { label: t("documents.partners.organisation") },
    { label: t("documents.partners.role") },
    { label: t("documents.partners.responsibilities") },
    { label: t("documents.partners.resources") },
  ];
  return (
    <BlockTable
      caption={t("documents.partners.caption")}
      columns={columns}
      editable={editable}
      className="table table-sm tavolo-partners"
      testId="partners-table"
    >
      {members.map((member) => (
        <MemberRow key={member.id} block={block} member={member} editable={editable} />
      ))}
    </BlockTable>
  );
}

interface MemberRowProps {
  block: YRecord;
  member: PartnershipMember;
  editable: boolean;
}

function MemberRow({ block, member, editable }: MemberRowProps) {
  const { t } = useTranslation();
  const { organisations } = useDocumentContext();
  const name =
    organisationName(organisations, member.organisationId) ?? t("documents.removedOrganisation");
  const of = { organisation: name };
  const update = (patch: z.input<typeof PartnershipMemberPatchSchema>) =>
    updatePartnershipMember(block, member.id, patch);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <select
          className="form-select form-select-sm"
          aria-label={t("documents.partners.roleOf", of)}
          value={member.role}
          disabled={!editable}
          onChange={(event) => update({ role: PartnerRoleSchema.parse(event.target.value) })}
        >
          {PartnerRoleSchema.options.map((role) => (
            <option key={role} value={role}>
              {t(`documents.partners.roles.${role}`)}
            </option>
          ))}
        </select>
      </td>
      {(["responsibilities", "resources"] as const).map((field) => (
        <td key={field}>
          <CommitInput
            multiline
            value={member[field]}
            label={t(`documents.partners.${field}Of`, of)}
            disabled={!editable}
            onCommit={(value) => update({ [field]: value })}
          />
        </td>
      ))}
      {editable && (
        <td>
          <RemoveButton what={name} onRemove={() => removePartnershipMember(block, member.id)} />
        </td>
      )}
    </tr>
  );
}
