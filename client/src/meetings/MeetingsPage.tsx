import { can, type Meeting } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type MeetingInput } from "../api/api.ts";
import { AddableSection } from "../forms/AddableSection.tsx";
import { useFocusLater } from "../forms/useFocusLater.ts";
import { ProcedurePage } from "../procedure/ProcedurePage.tsx";
import { useProcedure, useRefresh } from "../procedure/useProcedure.ts";
import { MeetingCard } from "./MeetingCard.tsx";
import { MeetingForm } from "./MeetingForm.tsx";
import { emptyMeetingDraft } from "./meetingDraft.ts";

/** "/procedure/:pid/incontri": the sessions of the table, coming ones first. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { procedure, meetings, me } = useProcedure();
  const refresh = useRefresh();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState("");
  const focusLater = useFocusLater();
  const manage = can(me.role, "meeting.manage");
  const now = Date.now();
  const upcoming = meetings.filter((meeting) => Date.parse(meeting.date) >= now);
  const past = meetings.filter((meeting) => Date.parse(meeting.date) < now).reverse();

  const create = async (input: MeetingInput) => {
    const meeting = await api.createMeeting(procedure.id, input);
    await refresh();
    setAdding(false);
    setNotice(t("meetings.created", { title: meeting.title }));
    focusLater(`meeting-${meeting.id}`);
  };

  return (
    <ProcedurePage section="meetings">
      <AddableSection
        addId="add-meeting"
        title={t("meetings.title")}
        intro={t("meetings.intro")}
        addLabel={t("meetings.add")}
        formTitle={t("meetings.addTitle")}
        canAdd={manage}
        adding={adding}
        onAdd={() => setAdding(true)}
        notice={notice}
        form={
          <MeetingForm
            initial={emptyMeetingDraft()}
            submitLabel={t("meetings.addSubmit")}
            onSave={create}
            onCancel={() => {
              setAdding(false);
              focusLater("add-meeting");
            }}
          />
        }
      />
      {meetings.length === 0 && (
        <p className="tavolo-empty-text">
          {manage ? t("meetings.emptyFacilitator") : t("meetings.empty")}
        </p>
      )}
      <MeetingList title={t("meetings.upcoming")} meetings={upcoming} onSaved={setNotice} />
      <MeetingList title={t("meetings.past")} meetings={past} onSaved={setNotice} />
    </ProcedurePage>
  );
}

interface MeetingListProps {
  title: string;
  meetings: readonly Meeting[];
  onSaved: (notice: string) => void;
}

function MeetingList({ title, meetings, onSaved }: MeetingListProps) {
  if (meetings.length === 0) return null;
  return (
    <section className="tavolo-meetings" aria-label={title}>
      <h3 className="h5 tavolo-meetings__title">{title}</h3>
      <ul className="tavolo-cards">
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <MeetingCard meeting={meeting} onSaved={onSaved} />
          </li>
        ))}
      </ul>
    </section>
  );
}
