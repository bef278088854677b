import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { TextField } from "./Field.tsx";
import { issuesToFieldErrors } from "./fieldErrors.ts";
import { useApiForm } from "./useApiForm.ts";

interface NameFieldFormProps {
  label: string;
  hint?: string;
  submitLabel: string;
  /** Checks the name as the server will (e.g. `DisplayNameSchema`). */
  schema: z.ZodType<string, string>;
  /** Creates what the name is for; a refusal shows under the field. */
  onSubmit: (name: string) => Promise<void>;
  autoComplete?: string;
}

/** One name and a button: a person's name, an administrator's invitation, a new API token. */
export function NameFieldForm({
  label,
  hint,
  submitLabel,
  schema,
  onSubmit,
  autoComplete,
}: NameFieldFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useApiForm<HTMLInputElement>();
  const [name, setName] = useState("");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = schema.safeParse(name, { reportInput: true });
    if (!parsed.success) {
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    void form.run(async () => {
      await onSubmit(parsed.data);
      setName("");
    });
  };

  return (
    <form noValidate onSubmit={submit}>
      <TextField
        id={`${id}-name`}
        label={label}
        hint={hint}
        value={name}
        onChange={setName}
        error={form.errors[""] ?? form.errors.displayName ?? form.errors.name}
        autoComplete={autoComplete}
        inputRef={form.focusTarget}
        required
      />
      <button type="submit" className="btn btn-primary" disabled={form.busy}>
        {submitLabel}
      </button>
    </form>
  );
}
