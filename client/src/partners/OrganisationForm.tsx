import {
  type CreateOrganisation,
  ORGANISATION_TYPE_LABELS,
  OrganisationTypeSchema,
  PartnerRoleSchema,
} from "@tavolo/shared";
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabel, useLanguage } from "../format/language.ts";
import { ErrorSummary } from "../forms/ErrorSummary.tsx";
import { SelectField, TextField } from "../forms/Field.tsx";
import { RadioGroup } from "../forms/RadioGroup.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { checkDraft, type OrganisationDraft } from "./organisationDraft.ts";
import { ResourcesEditor } from "./ResourcesEditor.tsx";

interface OrganisationFormProps {
  initial: OrganisationDraft;
  submitLabel: string;
  /** Sends the organisation; a refusal is shown next to the fields. */
  onSave: (input: CreateOrganisation) => Promise<void>;
  onCancel: () => void;
  /** Whether type and partner role are offered: only facilitators change them (the server checks). */
  classify?: boolean;
}

const FIELD_LABELS = {
  name: "partners.fields.name",
  type: "partners.fields.type",
  fiscalCode: "partners.fields.fiscalCode",
  role: "partners.fields.role",
} as const;

const RESOURCE_FIELD_LABELS = {
  kind: "partners.resource.kind",
  description: "partners.resource.description",
  amountCents: "partners.resource.amount",
} as const;

const isKeyOf = <T extends object>(object: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(object, key);

/** Name, type, fiscal code, role and resources of a partner; the first field takes the focus. */
export function OrganisationForm({
  initial,
  submitLabel,
  onSave,
  onCancel,
  classify = true,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const id = useId();
  const form = useApiForm();
  const [draft, setDraft] = useState(initial);
  const first = useRef<HTMLInputElement>(null);
  const idOf = useCallback((path: string) => `${id}-${path}`, [id]);

  useEffect(() => first.current?.focus(), []);

  const set = <K extends keyof OrganisationDraft>(key: K, value: OrganisationDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const labelOf = (path: string): string | null => {
    if (isKeyOf(FIELD_LABELS, path)) return t(FIELD_LABELS[path]);
    const [, index, field = ""] = /^resources\.(\d+)\.(\w+)$/.exec(path) ?? [];
    if (index === undefined || !isKeyOf(RESOURCE_FIELD_LABELS, field)) return null;
    const row = t("partners.resource.legend", { number: Number(index) + 1 });
    return `${row}, ${t(RESOURCE_FIELD_LABELS[field])}`;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkDraft(draft, language, t);
    if (!check.ok) {
      form.fail(check.errors);
      return;
    }
    void form.run(() => onSave(check.value));
  };

  return (
    <form noValidate onSubmit={submit} className="tavolo-form">
      <ErrorSummary ref={form.focusTarget} errors={form.errors} labelOf={labelOf} idOf={idOf} />
      <TextField
        id={idOf("name")}
        label={t("partners.fields.name")}
        value={draft.name}
        onChange={(name) => set("name", name)}
        error={form.errors.name}
        inputRef={first}
        required
      />
      <div className="row">
        {classify && (
          <SelectField
            id={idOf("type")}
            className="col-md-6"
            label={t("partners.fields.type")}
            value={draft.type}
            options={OrganisationTypeSchema.options.map((type) => ({
              value: type,
              label: label(ORGANISATION_TYPE_LABELS[type]),
            }))}
            onChange={(type) => set("type", OrganisationTypeSchema.parse(type))}
            error={form.errors.type}
          />
        )}
        <TextField
          id={idOf("fiscalCode")}
          className="col-md-6"
          label={t("partners.fields.fiscalCode")}
          hint={t("partners.fields.fiscalCodeHint")}
          value={draft.fiscalCode}
          onChange={(fiscalCode) => set("fiscalCode", fiscalCode)}
          error={form.errors.fiscalCode}
          required
        />
      </div>
      {classify && (
        <RadioGroup
          id={idOf("role")}
          name={idOf("role")}
          legend={t("partners.fields.role")}
          hint={t("partners.fields.roleHint")}
          value={draft.role}
          options={PartnerRoleSchema.options.map((role) => ({
            value: role,
            label: t(`partners.roles.${role}`),
          }))}
          onChange={(role) => set("role", PartnerRoleSchema.parse(role))}
          error={form.errors.role}
        />
      )}
      <ResourcesEditor
        idOf={idOf}
        resources={draft.resources}
        onChange={(resources) => set("resources", resources)}
        errors={form.errors}
      />
      <div className="tavolo-form__actions">
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {submitLabel}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t("forms.cancel")}
        </button>
      </div>
    </form>
  );
}
