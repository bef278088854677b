import { can, type Person, type RoomName, scratchNoteText } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useRevalidator } from "react-router-dom";
import { api } from "../api/api.ts";
import { CopyField } from "../forms/CopyField.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { PRESENCE_COLORS, type PresenceColorName } from "../presence/presenceColors.ts";
import { loadColor, saveColor } from "../presence/savedColor.ts";
import { RoomHeading } from "../procedure/RoomHeading.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import { usePerson } from "../session/session.ts";
import { type Room, useRoom } from "../sync/useRoom.ts";
import { useRoomStatus } from "../sync/useRoomStatus.ts";
import { PresenceList } from "./PresenceList.tsx";
import { type Profile, ProfileDialog } from "./ProfileDialog.tsx";
import { RefusedAlert } from "./RefusedAlert.tsx";
import { RoomStatusBar } from "./RoomStatusBar.tsx";
import { SharedTextarea } from "./SharedTextarea.tsx";

/** One shared note: the text everyone writes, who is here, and the state of the connection. */
export function NoteRoom({ name }: { name: RoomName }) {
  const { t } = useTranslation();
  const person = usePerson();
  const connection = useRoom(name);
  const room = connection.state === "open" ? connection.room : null;
  const title = room?.title ?? name;
  usePageTitle(t("note.pageTitle", { room: title }));

  return (
    <div className="container tavolo-page">
      <RoomHeading kicker={t("note.kicker")} title={title} />
      {connection.state === "checking" && <p role="status">{t("note.checking")}</p>}
      {connection.state === "refused" && <RefusedAlert reason={connection.reason} />}
      {room && person && <RoomBody room={room} person={person} />}
    </div>
  );
}

function RoomBody({ room, person }: { room: Room; person: Person }) {
  const { t } = useTranslation();
  const { procedure, me } = useProcedure();
  const status = useRoomStatus(room.status);
  const revalidator = useRevalidator();
  const [color, setColor] = useState<PresenceColorName>(() => loadColor(person.id));
  const [editingProfile, setEditingProfile] = useState(false);

  useEffect(() => {
    room.provider.awareness.setLocalStateField("user", {
      name: person.displayName,
      color: PRESENCE_COLORS[color],
    });
  }, [room, person.displayName, color]);

  const saveProfile = async (profile: Profile) => {
    saveColor(person.id, profile.color);
    setColor(profile.color);
    if (profile.name !== person.displayName) {
      await api.startSession(profile.name); // renames this person everywhere
      await revalidator.revalidate();
    }
    setEditingProfile(false);
  };

  return (
    <>
      {status.refused && <RefusedAlert code={status.refused.code} />}
      <div className="row g-4">
        <div className="col-lg-8">
          <RoomStatusBar status={status} />
          {room.readOnly && <p className="alert alert-info">{t("note.readOnly")}</p>}
          <SharedTextarea
            text={scratchNoteText(room.doc)}
            loaded={status.loaded}
            editable={status.loaded && !status.refused && !room.readOnly}
          />
        </div>
        <div className="col-lg-4">
          <PresenceList
            awareness={room.provider.awareness}
            onChangeProfile={() => setEditingProfile(true)}
          />
          <section className="tavolo-share" aria-label={t("note.share.title")}>
            <CopyField
              label={t("note.share.label")}
              hint={t("note.share.hint")}
              value={window.location.href}
            />
            {can(me.role, "people.invite") && (
              <Link to={`/procedure/${procedure.id}/persone`} className="tavolo-share__invite">
                {t("note.share.invite")}
              </Link>
            )}
          </section>
        </div>
      </div>
      <ProfileDialog
        open={editingProfile}
        profile={{ name: person.displayName, color }}
        onSave={saveProfile}
        onCancel={() => setEditingProfile(false)}
      />
    </>
  );
}
