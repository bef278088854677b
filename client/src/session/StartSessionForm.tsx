import { DisplayNameSchema } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevalidator } from "react-router-dom";
import { api } from "../api/api.ts";
import { TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { useApiForm } from "../forms/useApiForm.ts";

interface StartSessionFormProps {
  /** Text of the button, e.g. "Inizia". */
  submitLabel: string;
}

/**
 * "Come ti chiami?": the one question Tavolo asks before someone can create a procedure. The
 * name is what the other people at the table see; the session cookie remembers it.
 */
export function StartSessionForm({ submitLabel }: StartSessionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const revalidator = useRevalidator();
  const form = useApiForm<HTMLInputElement>();
  const [name, setName] = useState("");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = DisplayNameSchema.safeParse(name, { reportInput: true });
    if (!parsed.success) {
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    void form.run(async () => {
      await api.startSession(parsed.data);
      await revalidator.revalidate();
      // The form is gone and the page shows what comes next: read it from the top.
      document.getElementById("main-content")?.focus();
    });
  };

  const nameError = form.errors[""] ?? form.errors.displayName;
  return (
    <form noValidate onSubmit={submit}>
      <TextField
        id={`${id}-name`}
        label={t("session.nameLabel")}
        hint={t("session.nameHint")}
        value={name}
        onChange={setName}
        error={nameError}
        autoComplete="name"
        inputRef={form.focusTarget}
        required
      />
      <button type="submit" className="btn btn-primary" disabled={form.busy}>
        {submitLabel}
      </button>
    </form>
  );
}
