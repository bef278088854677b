import { type Member, ROLE_LABELS, RoleSchema } from "@tavolo/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/api.ts";
import { useLabel } from "../format/language.ts";
import { FieldError, SelectField } from "../forms/Field.tsx";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { peopleError } from "./peopleError.ts";

interface MemberRoleFormProps {
  member: Member;
  /** Closes the form, with what to announce when something changed. */
  onDone: (notice: string | null) => void;
}

/** A facilitator gives someone another role or organisation. */
export function MemberRoleForm({ member, onDone }: MemberRoleFormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const id = useId();
  const { procedure, organisations } = useProcedure();
  const refresh = useRefresh();
  const [role, setRole] = useState<string>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisationId ?? "");
  const [errors, setErrors] = useState<{ organisation?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsedRole = RoleSchema.parse(role);
    if (parsedRole === "referente" && organisationId === "") {
      setErrors({ organisation: t("people.errors.referenteNeedsOrganisation") });
      document.getElementById(`${id}-organisation`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.updateMember(procedure.id, member.personId, {
        role: parsedRole,
        organisationId: organisationId || null,
      });
      await refresh();
      onDone(
        t("people.changed", { name: member.displayName, role: label(ROLE_LABELS[parsedRole]) }),
      );
    } catch (failure) {
      setErrors({ form: peopleError(failure, t) });
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="tavolo-member-form">
      <p className="tavolo-member-form__title">
        {t("people.changeRoleOf", { name: member.displayName })}
      </p>
      <div className="row">
        <SelectField
          id={`${id}-role`}
          className="col-md-5"
          label={t("people.table.role")}
          value={role}
          options={RoleSchema.options.map((option) => ({
            value: option,
            label: label(ROLE_LABELS[option]),
          }))}
          onChange={setRole}
          selectRef={first}
        />
        <SelectField
          id={`${id}-organisation`}
          className="col-md-7"
          label={t("people.table.organisation")}
          hint={t("people.organisationHint")}
          value={organisationId}
          options={[
            { value: "", label: t("people.noOrganisation") },
            ...organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            })),
          ]}
          onChange={setOrganisationId}
          error={errors.organisation}
        />
      </div>
      {errors.form && <FieldError id={`${id}-error`} message={errors.form} live />}
      <div className="tavolo-form__actions">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
          {t("people.saveRole")}
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary btn-sm"
          onClick={() => onDone(null)}
        >
          {t("forms.cancel")}
        </button>
      </div>
    </form>
  );
}
