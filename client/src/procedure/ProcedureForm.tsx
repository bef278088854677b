import {
  type CreateProcedure,
  CreateProcedureSchema,
  DEFAULT_LEGAL_BASIS,
  type Procedure,
} from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../forms/ErrorSummary.tsx";
import { TextAreaField, TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { useApiForm } from "../forms/useApiForm.ts";

const FIELDS = [
  "title",
  "amministrazione",
  "ambito",
  "legalBasis",
  "fundingLine",
  "cup",
  "description",
] as const;
type FieldName = (typeof FIELDS)[number];
const isField = (path: string): path is FieldName => FIELDS.some((field) => field === path);

/** What the form starts from: a new procedure's defaults, or an existing one's details. */
export type ProcedureValues = Record<FieldName, string>;

export const NEW_PROCEDURE: ProcedureValues = {
  title: "",
  amministrazione: "",
  ambito: "",
  legalBasis: DEFAULT_LEGAL_BASIS,
  fundingLine: "",
  cup: "",
  description: "",
};

export function procedureValues(procedure: Procedure): ProcedureValues {
  return Object.fromEntries(
    FIELDS.map((field) => [field, procedure[field] ?? ""]),
  ) as ProcedureValues;
}

interface ProcedureFormProps {
  initial: ProcedureValues;
  submitLabel: string;
  /** Sends the checked details; a refusal is shown next to the fields. */
  onSave: (input: CreateProcedure) => Promise<void>;
}

/** The details of a procedure (title, amministrazione, ambito, legal basis, funding, CUP, description). */
export function ProcedureForm({ initial, submitLabel, onSave }: ProcedureFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useApiForm();
  const [values, setValues] = useState<ProcedureValues>(initial);
  const set = (field: FieldName) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const idOf = (path: string) => `${id}-${path}`;
  const field = (name: FieldName) => ({
    id: idOf(name),
    label: t(`createProcedure.fields.${name}.label`),
    value: values[name],
    onChange: set(name),
    error: form.errors[name],
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = CreateProcedureSchema.safeParse(values, { reportInput: true });
    if (!parsed.success) {
      form.fail(
        issuesToFieldErrors(parsed.error, t, { cup: t("createProcedure.fields.cup.invalid") }),
      );
      return;
    }
    void form.run(() => onSave(parsed.data));
  };

  return (
    <form noValidate onSubmit={submit} className="tavolo-form">
      <ErrorSummary
        ref={form.focusTarget}
        errors={form.errors}
        labelOf={(path) => (isField(path) ? t(`createProcedure.fields.${path}.label`) : null)}
        idOf={idOf}
      />
      <TextField {...field("title")} hint={t("createProcedure.fields.title.hint")} required />
      <TextField
        {...field("amministrazione")}
        hint={t("createProcedure.fields.amministrazione.hint")}
        required
      />
      <div className="row">
        <TextField
          {...field("ambito")}
          hint={t("createProcedure.fields.ambito.hint")}
          className="col-md-6"
        />
        <TextField
          {...field("fundingLine")}
          hint={t("createProcedure.fields.fundingLine.hint")}
          className="col-md-6"
        />
      </div>
      <div className="row">
        <TextField
          {...field("legalBasis")}
          hint={t("createProcedure.fields.legalBasis.hint")}
          className="col-md-6"
        />
        <TextField
          {...field("cup")}
          hint={t("createProcedure.fields.cup.hint")}
          className="col-md-6"
        />
      </div>
      <TextAreaField
        {...field("description")}
        hint={t("createProcedure.fields.description.hint")}
        rows={5}
      />
      <div className="tavolo-form__actions">
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
