import { CreateRoomSchema } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { api } from "../api/api.ts";
import { TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { useApiForm } from "../forms/useApiForm.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { roomPath } from "./roomPath.ts";

/** A title, and the new shared note opens. */
export function CreateNoteForm() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { procedure } = useProcedure();
  const form = useApiForm<HTMLInputElement>();
  const [title, setTitle] = useState("");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = CreateRoomSchema.safeParse({ kind: "nota", title }, { reportInput: true });
    if (!parsed.success) {
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    void form.run(async () => {
      const room = await api.createNote(procedure.id, parsed.data.title);
      await navigate(roomPath(room));
    });
  };

  return (
    <form noValidate onSubmit={submit} className="tavolo-inline-form">
      <TextField
        id={`${id}-title`}
        label={t("rooms.create.label")}
        hint={t("rooms.create.hint")}
        value={title}
        onChange={setTitle}
        error={form.errors.title ?? form.errors[""]}
        inputRef={form.focusTarget}
      />
      <button type="submit" className="btn btn-outline-primary btn-sm" disabled={form.busy}>
        {t("rooms.create.submit")}
      </button>
    </form>
  );
}
