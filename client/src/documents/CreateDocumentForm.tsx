import { CreateRoomSchema, PROPOSAL_TEMPLATES } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { SelectField, TextField } from "../forms/Field.tsx";
import { issuesToFieldErrors } from "../forms/fieldErrors.ts";
import { RadioGroup } from "../forms/RadioGroup.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { documentApi, documentPath } from "./documentApi.ts";
import { useLanguage } from "./useLanguage.ts";

/**
 * "Nuovo documento": a template (a proposal for a funding line, or the verbale of a session),
 * a title, and for a verbale its session; the server writes the sections (and the session's
 * date, place, attendees and agenda) before the document opens.
 */
export function CreateDocumentForm() {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const navigate = useNavigate();
  const { procedure, meetings } = useProcedure();
  const form = useApiForm<HTMLInputElement>();
  const [templateId, setTemplateId] = useState(PROPOSAL_TEMPLATES[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [meetingId, setMeetingId] = useState("");
  const template = PROPOSAL_TEMPLATES.find((candidate) => candidate.id === templateId);
  const isVerbale = template?.kind === "verbale";

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = {
      kind: "documento",
      title,
      templateId,
      documentKey: template?.documentKeys[0] ?? null,
      meetingId: isVerbale && meetingId ? meetingId : null,
    };
    const parsed = CreateRoomSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      form.fail(issuesToFieldErrors(parsed.error, t));
      return;
    }
    const { documentKey, meetingId: meeting } = parsed.data;
    void form.run(async () => {
      const room = await documentApi.create(procedure.id, {
        title: parsed.data.title,
        templateId,
        documentKey,
        meetingId: meeting,
      });
      await navigate(documentPath(room));
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="h6">
        {t("documents.create.title")}
      </h3>
      <RadioGroup
        id={`${id}-template`}
        legend={t("documents.create.template")}
        name="templateId"
        value={templateId}
        onChange={setTemplateId}
        options={PROPOSAL_TEMPLATES.map((candidate) => ({
          value: candidate.id,
          label: candidate.label[language],
        }))}
      />
      <TextField
        id={`${id}-title`}
        label={t("documents.create.label")}
        hint={t(isVerbale ? "documents.create.verbaleHint" : "documents.create.hint")}
        value={title}
        onChange={setTitle}
        error={form.errors.title ?? form.errors[""]}
        inputRef={form.focusTarget}
      />
      {isVerbale && (
        <SelectField
          id={`${id}-meeting`}
          label={t("documents.create.meeting")}
          hint={t("documents.create.meetingHint")}
          value={meetingId}
          onChange={setMeetingId}
          error={form.errors.meetingId}
          options={[
            { value: "", label: t("documents.create.noMeeting") },
            ...meetings.map((meeting) => ({ value: meeting.id, label: meeting.title })),
          ]}
        />
      )}
      <button type="submit" className="btn btn-outline-primary btn-sm" disabled={form.busy}>
        {t("documents.create.submit")}
      </button>
    </form>
  );
}
