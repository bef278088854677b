import { type RoomName, scratchNoteText } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { type LocalProfile, loadProfile, saveProfile } from "../presence/localProfile.ts";
import { PRESENCE_COLORS } from "../presence/presenceColors.ts";
import { useSessionName } from "../presence/useSessionName.ts";
import { type Room, useRoom } from "../sync/useRoom.ts";
import { useRoomStatus } from "../sync/useRoomStatus.ts";
import { PresenceList } from "./PresenceList.tsx";
import { ProfileDialog } from "./ProfileDialog.tsx";
import { RefusedAlert } from "./RefusedAlert.tsx";
import { RoomStatusBar } from "./RoomStatusBar.tsx";
import { SharedTextarea } from "./SharedTextarea.tsx";
import { ShareLink } from "./ShareLink.tsx";

/** One shared note: the text everyone writes, who is here, and the state of the connection. */
export function NoteRoom({ name }: { name: RoomName }) {
  const { t } = useTranslation();
  const connection = useRoom(name);
  const [profile, setProfile] = useState<LocalProfile | null>(loadProfile);
  const [editingProfile, setEditingProfile] = useState(false);
  const sessionName = useSessionName(profile === null);
  const room = connection.state === "open" ? connection.room : null;
  const title = room?.title ?? name;
  usePageTitle(t("note.pageTitle", { room: title }));
  useEffect(() => {
    if (!room || !profile) return;
    room.provider.awareness.setLocalStateField("user", {
      name: profile.name,
      color: PRESENCE_COLORS[profile.color],
    });
  }, [room, profile]);

  const chooseProfile = (next: LocalProfile) => {
    saveProfile(next);
    setProfile(next);
    setEditingProfile(false);
  };

  return (
    <div className="container tavolo-page">
      <nav className="breadcrumb-container" aria-label={t("note.breadcrumb")}>
        <ol className="breadcrumb">
          <li className="breadcrumb-item">
            <Link to="/">{t("note.home")}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {title}
          </li>
        </ol>
      </nav>
      <h1 className="tavolo-page__title tavolo-note-title">
        <span className="tavolo-note-title__kicker">{t("note.kicker")}</span>
        <span className="tavolo-note-title__name">{title}</span>
      </h1>
      {connection.state === "checking" && <p role="status">{t("note.checking")}</p>}
      {connection.state === "refused" && <RefusedAlert reason={connection.reason} />}
      {room && (
        <>
          <RoomBody room={room} onChangeProfile={() => setEditingProfile(true)} />
          <ProfileDialog
            open={profile === null || editingProfile}
            initial={profile}
            suggestedName={sessionName}
            onSave={chooseProfile}
            onCancel={profile ? () => setEditingProfile(false) : null}
          />
        </>
      )}
    </div>
  );
}

interface RoomBodyProps {
  room: Room;
  onChangeProfile: () => void;
}

function RoomBody({ room, onChangeProfile }: RoomBodyProps) {
  const { t } = useTranslation();
  const status = useRoomStatus(room.status);
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
          <PresenceList awareness={room.provider.awareness} onChangeProfile={onChangeProfile} />
          <ShareLink />
        </div>
      </div>
    </>
  );
}
