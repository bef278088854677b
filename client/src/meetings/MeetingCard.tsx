import { can, type Meeting } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api, type MeetingInput } from "../api/api.ts";
import { formatLongDate, formatTime } from "../format/dates.ts";
import { useLanguage } from "../format/language.ts";
import { ConfirmButton } from "../forms/ConfirmButton.tsx";
import { useFocusLater } from "../forms/useFocusLater.ts";
import { Icon } from "../layout/Icon.tsx";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { roomPath } from "../rooms/roomPath.ts";
import { MeetingForm } from "./MeetingForm.tsx";
import { isMinutesOf, MeetingMinutes } from "./MeetingMinutes.tsx";
import { groupByOrganisation, meetingDraftOf } from "./meetingDraft.ts";

interface MeetingCardProps {
  meeting: Meeting;
  onSaved: (notice: string) => void;
}

/** One session: when, where, the agenda, who was there and the notes linked to it. */
export function MeetingCard({ meeting, onSaved }: MeetingCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { procedure, me } = useProcedure();
  const refresh = useRefresh();
  const [editing, setEditing] = useState(false);
  const focusLater = useFocusLater();
  const headingId = `meeting-${meeting.id}`;
  const date = new Date(meeting.date);

  const save = async (input: MeetingInput) => {
    await api.updateMeeting(procedure.id, meeting.id, input);
    await refresh();
    setEditing(false);
    onSaved(t("meetings.saved", { title: input.title }));
    focusLater(headingId);
  };

  const cancel = async () => {
    await api.deleteMeeting(procedure.id, meeting.id);
    await refresh();
    onSaved(t("meetings.cancelled", { title: meeting.title }));
  };

  return (
    <article className="card shadow-sm tavolo-card tavolo-meeting" aria-labelledby={headingId}>
      <div className="card-body">
        <div className="tavolo-meeting__head">
          <p className="tavolo-meeting__day" aria-hidden="true">
            <span className="tavolo-meeting__daynum">{date.getDate()}</span>
            <span>
              {new Intl.DateTimeFormat(language === "it" ? "it-IT" : "en-GB", {
                month: "short",
              }).format(date)}
            </span>
          </p>
          <div>
            <h4 id={headingId} tabIndex={-1} className="h4 tavolo-meeting__title">
              {meeting.title}
            </h4>
            <p className="tavolo-meeting__when">
              <Icon name="it-calendar" className="icon-sm" />
              <time dateTime={meeting.date}>
                {t("meetings.at", {
                  day: formatLongDate(meeting.date, language),
                  time: formatTime(meeting.date, language),
                })}
              </time>
            </p>
            {meeting.place && (
              <p className="tavolo-meeting__where">
                <Icon name="it-map-marker" className="icon-sm" />
                <span>{meeting.place}</span>
              </p>
            )}
            {meeting.link && (
              <p className="tavolo-meeting__where">
                <Icon name="it-link" className="icon-sm" />
                <a href={meeting.link} rel="noreferrer">
                  {t("meetings.online")}
                </a>
              </p>
            )}
          </div>
          {can(me.role, "meeting.manage") && !editing && (
            <button
              type="button"
              className="btn btn-outline-primary btn-sm btn-icon tavolo-meeting__edit"
              onClick={() => setEditing(true)}
            >
              <Icon name="it-pencil" className="icon-primary icon-sm me-1" />
              <span>
                {t("meetings.edit")}
                <span className="visually-hidden"> {meeting.title}</span>
              </span>
            </button>
          )}
        </div>
        {editing ? (
          <>
            <MeetingForm
              initial={meetingDraftOf(meeting)}
              submitLabel={t("meetings.save")}
              onSave={save}
              onCancel={() => {
                setEditing(false);
                focusLater(headingId);
              }}
            />
            <div className="tavolo-meeting__cancel">
              <ConfirmButton
                label={t("meetings.cancel")}
                question={t("meetings.cancelQuestion", { title: meeting.title })}
                confirmLabel={t("meetings.cancelConfirm")}
                onConfirm={cancel}
              />
            </div>
          </>
        ) : (
          <MeetingDetails meeting={meeting} />
        )}
      </div>
    </article>
  );
}

function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { members, organisations, rooms } = useProcedure();
  const present = members.filter((member) =>
    meeting.attendance.some((entry) => entry.personId === member.personId),
  );
  const linked = rooms.filter(
    (room) => meeting.roomIds.includes(room.id) && !isMinutesOf(room, meeting),
  );
  return (
    <div className="tavolo-meeting__details">
      {meeting.agenda && (
        <div>
          <h5 className="tavolo-meeting__label">{t("meetings.fields.agenda")}</h5>
          <p className="tavolo-meeting__agenda">{meeting.agenda}</p>
        </div>
      )}
      <div>
        <h5 className="tavolo-meeting__label">
          {t("meetings.attendance", { count: present.length })}
        </h5>
        {present.length === 0 ? (
          <p className="tavolo-muted">{t("meetings.noAttendance")}</p>
        ) : (
          <ul className="tavolo-plain-list">
            {groupByOrganisation(present, organisations).map((group) => (
              <li key={group.organisation?.id ?? "none"}>
                <strong>{group.organisation?.name ?? t("meetings.noOrganisation")}:</strong>{" "}
                {group.members.map((member) => member.displayName).join(", ")}
              </li>
            ))}
          </ul>
        )}
      </div>
      <MeetingMinutes meeting={meeting} />
      {linked.length > 0 && (
        <div>
          <h5 className="tavolo-meeting__label">{t("meetings.fields.rooms")}</h5>
          <ul className="tavolo-plain-list">
            {linked.map((room) => (
              <li key={room.id}>
                <Link to={roomPath(room)}>{room.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
