import { BLANK_TEMPLATE, BOARD_TEMPLATES, CreateRoomSchema } from "@tavolo/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { RadioGroup } from "../forms/RadioGroup.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { boardApi, boardPath } from "./boardApi.ts";

/**
 * A title and a template ("Risorse × Potenzialità", "Empathy map", …), and the new board opens
 * already laid out: the server applies the template before it answers.
 */
export function CreateBoardForm() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { procedure } = useProcedure();
  const form = useApiForm<HTMLInputElement>();
  const [title, setTitle] = useState("");
  const [templateId, setTemplateId] = useState(BLANK_TEMPLATE.id);
  const lang = i18n.language.startsWith("en") ? "en" : "it";
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens below the list of rooms, often under the fold: bring it into view, title
  // first, and put the caret in the title.
  useEffect(() => {
    form.focusTarget.current?.focus({ preventScroll: true });
    formRef.current?.scrollIntoView({ block: "start" });
  }, [form.focusTarget]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { kind: "lavagna", title, boardTemplateId: templateId };
    const parsed = CreateRoomSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    void form.run(async () => {
      const board = await boardApi.create(procedure.id, parsed.data.title, templateId);
      await navigate(boardPath(board));
    });
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="h6">
        {t("boards.create.title")}
      </h3>
      <TextField
        id={`${id}-title`}
        label={t("boards.create.label")}
        hint={t("boards.create.hint")}
        value={title}
        onChange={setTitle}
        error={form.errors.title ?? form.errors[""]}
        inputRef={form.focusTarget}
      />
      <RadioGroup
        id={`${id}-template`}
        legend={t("boards.create.template")}
        name="boardTemplateId"
        value={templateId}
        onChange={setTemplateId}
        options={BOARD_TEMPLATES.map((template) => ({
          value: template.id,
          label: `${template.title[lang]} — ${template.description[lang]}`,
        }))}
      />
      <button type="submit" className="btn btn-outline-primary btn-sm" disabled={form.busy}>
        {t("boards.create.submit")}
      </button>
    </form>
  );
}
