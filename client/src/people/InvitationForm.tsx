import { CreateInvitationSchema, ROLE_LABELS, RoleSchema } from "@tavolo/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type CreatedInvitation } from "../api/api.ts";
import { useLabel } from "../format/language.ts";
import { ErrorSummary } from "../forms/ErrorSummary.tsx";
import { SelectField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { RadioGroup } from "../forms/RadioGroup.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { CreatedInvitationLink } from "./CreatedInvitationLink.tsx";

const EXPIRY_HOURS = [24, 24 * 7, 24 * 30, 24 * 90] as const;

const FIELD_LABELS: Record<string, "people.invite.role" | "people.invite.organisation"> = {
  role: "people.invite.role",
  organisationId: "people.invite.organisation",
};

/** A facilitator creates an invitation link: role, organisation, one or many uses, expiry. */
export function InvitationForm() {
  const { t } = useTranslation();
  const label = useLabel();
  const id = useId();
  const { procedure, organisations } = useProcedure();
  const refresh = useRefresh();
  const form = useApiForm();
  const [role, setRole] = useState<string>("referente");
  const [organisationId, setOrganisationId] = useState("");
  const [uses, setUses] = useState("single");
  const [hours, setHours] = useState(String(24 * 7));
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const idOf = (path: string) => `${id}-${path}`;

  useEffect(() => {
    if (created) result.current?.focus();
  }, [created]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = CreateInvitationSchema.safeParse({
      role,
      organisationId: organisationId || null,
      singleUse: uses === "single",
      expiresInHours: Number(hours),
    });
    if (!parsed.success) {
      form.fail(
        issuesToFieldErrors(parsed.error, t, {
          organisationId: t("people.errors.referenteNeedsOrganisation"),
        }),
      );
      return;
    }
    setCreated(null);
    void form.run(async () => {
      const invitation = await api.createInvitation(procedure.id, parsed.data);
      await refresh();
      setCreated(invitation);
    });
  };

  return (
    <section className="tavolo-panel tavolo-panel--accent" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4">
        {t("people.invite.title")}
      </h2>
      <p>{t("people.invite.intro")}</p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          ref={form.focusTarget}
          errors={form.errors}
          labelOf={(path) => (FIELD_LABELS[path] ? t(FIELD_LABELS[path]) : null)}
          idOf={idOf}
        />
        <SelectField
          id={idOf("role")}
          label={t("people.invite.role")}
          value={role}
          options={RoleSchema.options.map((option) => ({
            value: option,
            label: label(ROLE_LABELS[option]),
          }))}
          onChange={setRole}
          error={form.errors.role}
        />
        <SelectField
          id={idOf("organisationId")}
          label={t("people.invite.organisation")}
          hint={
            organisations.length === 0
              ? t("people.invite.organisationNone")
              : t("people.invite.organisationHint")
          }
          value={organisationId}
          options={[
            { value: "", label: t("people.noOrganisation") },
            ...organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            })),
          ]}
          onChange={setOrganisationId}
          error={form.errors.organisationId}
          required={role === "referente"}
        />
        <RadioGroup
          id={idOf("singleUse")}
          name={idOf("singleUse")}
          legend={t("people.invite.uses")}
          value={uses}
          options={[
            { value: "single", label: t("people.invite.single") },
            { value: "multi", label: t("people.invite.multi") },
          ]}
          onChange={setUses}
        />
        <SelectField
          id={idOf("expiresInHours")}
          label={t("people.invite.expiry")}
          value={hours}
          options={EXPIRY_HOURS.map((value) => ({
            value: String(value),
            label: t("people.invite.days", { count: value / 24 }),
          }))}
          onChange={setHours}
        />
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t("people.invite.submit")}
        </button>
      </form>
      {created && <CreatedInvitationLink ref={result} invitation={created} />}
    </section>
  );
}
