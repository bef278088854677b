import { DisplayNameSchema } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useRevalidator } from "react-router-dom";
import { api } from "../api/api.ts";
import { NameFieldForm } from "../forms/NameFieldForm.tsx";

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
  const revalidator = useRevalidator();
  return (
    <NameFieldForm
      label={t("session.nameLabel")}
      hint={t("session.nameHint")}
      submitLabel={submitLabel}
      schema={DisplayNameSchema}
      autoComplete="name"
      onSubmit={async (name) => {
        await api.startSession(name);
        await revalidator.revalidate();
        // The form is gone and the page shows what comes next: read it from the top.
        document.getElementById("main-content")?.focus();
      }}
    />
  );
}
