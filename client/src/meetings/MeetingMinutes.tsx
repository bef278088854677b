import { can, findProposalTemplate, type Meeting, type WorkspaceRoom } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { documentApi, documentPath } from "../documents/documentApi.ts";
import { useApiForm } from "../forms/useApiForm.ts";
import { Icon } from "../layout/Icon.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";

const VERBALE_TEMPLATE_ID = "verbale-seduta";

/** A document written for this session: its verbale (listed apart from the linked rooms). */
export function isMinutesOf(room: WorkspaceRoom, meeting: Meeting): boolean {
  return room.kind === "documento" && room.meetingId === meeting.id;
}

/**
 * The minutes of one session: a link to its verbale, or, for those who may create documents,
 * one button that writes it from the template with the session's date, place, attendance and
 * agenda already in (the server prefills them) and opens it.
 */
export function MeetingMinutes({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { procedure, rooms, me } = useProcedure();
  const form = useApiForm<HTMLButtonElement>();
  const minutes = rooms.filter((room) => isMinutesOf(room, meeting));
  const template = findProposalTemplate(VERBALE_TEMPLATE_ID);

  const write = () =>
    form.run(async () => {
      const room = await documentApi.create(procedure.id, {
        title: t("meetings.minutes.documentTitle", { title: meeting.title }),
        templateId: VERBALE_TEMPLATE_ID,
        documentKey: template?.documentKeys[0] ?? null,
        meetingId: meeting.id,
      });
      await navigate(documentPath(room));
    });

  return (
    <div>
      <h5 className="tavolo-meeting__label">{t("meetings.minutes.heading")}</h5>
      {minutes.length > 0 ? (
        <ul className="tavolo-plain-list">
          {minutes.map((room) => (
            <li key={room.id}>
              <Link to={documentPath(room)}>{room.title}</Link>
            </li>
          ))}
        </ul>
      ) : can(me.role, "room.create") ? (
        <>
          <button
            type="button"
            ref={form.focusTarget}
            className="btn btn-outline-primary btn-sm"
            disabled={form.busy}
            onClick={() => void write()}
          >
            <Icon name="it-file" className="icon-primary icon-sm me-1" />
            {t("meetings.minutes.write")}
            <span className="visually-hidden"> {meeting.title}</span>
          </button>
          {form.errors[""] && (
            <p className="text-danger small mt-1" role="alert">
              {form.errors[""]}
            </p>
          )}
        </>
      ) : (
        <p className="tavolo-muted">{t("meetings.minutes.none")}</p>
      )}
    </div>
  );
}
