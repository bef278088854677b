import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingInput } from "../api/api.ts";
import { Checkbox, toggled } from "../forms/Checkbox.tsx";
import { ErrorSummary } from "../forms/ErrorSummary.tsx";
import { TextAreaField, TextField } from "../forms/Field.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { useProcedure } from "../procedure/useProcedure.ts";
import { checkMeeting, groupByOrganisation, type MeetingDraft } from "./meetingDraft.ts";

interface MeetingFormProps {
  initial: MeetingDraft;
  submitLabel: string;
  onSave: (input: MeetingInput) => Promise<void>;
  onCancel: () => void;
}

const FIELD_LABELS = {
  title: "meetings.fields.title",
  date: "meetings.fields.date",
  time: "meetings.fields.time",
  place: "meetings.fields.place",
  link: "meetings.fields.link",
  agenda: "meetings.fields.agenda",
  attendance: "meetings.fields.attendance",
  roomIds: "meetings.fields.rooms",
} as const;
const isField = (path: string): path is keyof typeof FIELD_LABELS =>
  Object.hasOwn(FIELD_LABELS, path);

/** Title, day and time, place or link, agenda, who attends and which notes belong to it. */
export function MeetingForm({ initial, submitLabel, onSave, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { members, organisations, rooms } = useProcedure();
  const form = useApiForm();
  const [draft, setDraft] = useState(initial);
  const first = useRef<HTMLInputElement>(null);
  const idOf = useCallback((path: string) => `${id}-${path.split(".")[0]}`, [id]);

  useEffect(() => first.current?.focus(), []);

  const set =
    <K extends keyof MeetingDraft>(key: K) =>
    (value: MeetingDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));
  const field = (name: "title" | "date" | "time" | "place" | "link") => ({
    id: idOf(name),
    label: t(`meetings.fields.${name}`),
    value: draft[name],
    onChange: set(name),
    error: form.errors[name],
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkMeeting(draft, members, t);
    if (!check.ok) {
      form.fail(check.errors);
      return;
    }
    void form.run(() => onSave(check.value));
  };

  return (
    <form noValidate onSubmit={submit} className="tavolo-form">
      <ErrorSummary
        ref={form.focusTarget}
        errors={form.errors}
        labelOf={(path) => {
          const name = path.split(".")[0] ?? "";
          return isField(name) ? t(FIELD_LABELS[name]) : null;
        }}
        idOf={idOf}
      />
      <TextField {...field("title")} inputRef={first} required />
      <div className="row">
        <TextField {...field("date")} type="date" className="col-sm-6 col-md-4" required />
        <TextField {...field("time")} type="time" className="col-sm-6 col-md-3" required />
      </div>
      <div className="row">
        <TextField {...field("place")} hint={t("meetings.fields.placeHint")} className="col-md-6" />
        <TextField
          {...field("link")}
          type="url"
          inputMode="url"
          hint={t("meetings.fields.linkHint")}
          className="col-md-6"
        />
      </div>
      <TextAreaField
        id={idOf("agenda")}
        label={t("meetings.fields.agenda")}
        hint={t("meetings.fields.agendaHint")}
        value={draft.agenda}
        onChange={set("agenda")}
        error={form.errors.agenda}
        rows={5}
      />
      <fieldset className="tavolo-fieldset tavolo-attendance" id={idOf("attendance")} tabIndex={-1}>
        <legend className="tavolo-field__label">{t("meetings.fields.attendance")}</legend>
        <div className="tavolo-attendance__groups">
          {groupByOrganisation(members, organisations).map((group) => (
            <fieldset key={group.organisation?.id ?? "none"} className="tavolo-attendance__group">
              <legend>{group.organisation?.name ?? t("meetings.noOrganisation")}</legend>
              {group.members.map((member) => (
                <Checkbox
                  key={member.personId}
                  id={`${id}-present-${member.personId}`}
                  label={member.displayName}
                  checked={draft.present.includes(member.personId)}
                  onChange={(on) => set("present")(toggled(draft.present, member.personId, on))}
                />
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>
      {rooms.length > 0 && (
        <fieldset className="tavolo-fieldset" id={idOf("roomIds")} tabIndex={-1}>
          <legend className="tavolo-field__label">{t("meetings.fields.rooms")}</legend>
          <p className="tavolo-field__hint">{t("meetings.fields.roomsHint")}</p>
          {rooms.map((room) => (
            <Checkbox
              key={room.id}
              id={`${id}-room-${room.id}`}
              label={`${room.title} (${t(`rooms.kinds.${room.kind}`)})`}
              checked={draft.roomIds.includes(room.id)}
              onChange={(on) => set("roomIds")(toggled(draft.roomIds, room.id, on))}
            />
          ))}
        </fieldset>
      )}
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
