import { CreateProcedureSchema, DEFAULT_LEGAL_BASIS } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { api } from "../api/api.ts";
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
  "description",
] as const;
type FieldName = (typeof FIELDS)[number];
const isField = (path: string): path is FieldName => FIELDS.some((field) => field === path);

/** The fields of a new procedure; on success, opens its home page. */
export function ProcedureForm() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const form = useApiForm();
  const [values, setValues] = useState<Record<FieldName, string>>({
    title: "",
    amministrazione: "",
    ambito: "",
    legalBasis: DEFAULT_LEGAL_BASIS,
    fundingLine: "",
    description: "",
  });
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
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    void form.run(async () => {
      const procedure = await api.createProcedure(parsed.data);
      await navigate(`/procedure/${procedure.id}`, {
        state: { notice: t("createProcedure.created") },
      });
    });
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
      <TextField {...field("legalBasis")} hint={t("createProcedure.fields.legalBasis.hint")} />
      <TextAreaField
        {...field("description")}
        hint={t("createProcedure.fields.description.hint")}
        rows={5}
      />
      <div className="tavolo-form__actions">
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t("createProcedure.submit")}
        </button>
      </div>
    </form>
  );
}
