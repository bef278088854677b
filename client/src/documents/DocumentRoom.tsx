import type { Person, PresenceUser, RoomName } from "@tavolo/shared";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { RoomStatusBar } from "../note/RoomStatusBar.tsx";
import { PRESENCE_COLORS } from "../presence/presenceColors.ts";
import { loadColor } from "../presence/savedColor.ts";
import { RoomHeading } from "../procedure/RoomHeading.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import { usePerson } from "../session/session.ts";
import { type Room, useRoom } from "../sync/useRoom.ts";
import { useRoomStatus } from "../sync/useRoomStatus.ts";
import { DocumentEditor } from "./DocumentEditor.tsx";
import { DocumentRefused } from "./DocumentRefused.tsx";

/** One document of the procedure: a proposal or a verbale, written together. */
export function DocumentRoom({ name }: { name: RoomName }) {
  const { t } = useTranslation();
  const { procedure } = useProcedure();
  const person = usePerson();
  const connection = useRoom(name);
  const room = connection.state === "open" ? connection.room : null;
  const title = room?.title ?? t("documents.kicker");
  usePageTitle(title);
  return (
    <div className="container-xxl tavolo-page">
      <RoomHeading kicker={t("documents.kicker")} title={title} />
      <p>
        <Link to={`/procedure/${procedure.id}/documento/${name}/versioni`}>
          {t("versions.link")}
        </Link>
      </p>
      {connection.state === "checking" && <p role="status">{t("documents.checking")}</p>}
      {connection.state === "refused" && <DocumentRefused reason={connection.reason} />}
      {room && person && <DocumentBody room={room} person={person} />}
    </div>
  );
}

function DocumentBody({ room, person }: { room: Room; person: Person }) {
  const { t } = useTranslation();
  const status = useRoomStatus(room.status);
  const user = useMemo<PresenceUser>(
    () => ({ name: person.displayName, color: PRESENCE_COLORS[loadColor(person.id)] }),
    [person],
  );
  useEffect(() => {
    room.provider.awareness.setLocalStateField("user", user);
  }, [room, user]);
  return (
    <>
      {status.refused && <DocumentRefused code={status.refused.code} />}
      <RoomStatusBar status={status} />
      {room.readOnly && <p className="alert alert-info">{t("documents.readOnly")}</p>}
      {status.loaded ? (
        <DocumentEditor room={room} user={user} refused={status.refused !== null} />
      ) : (
        <p role="status">{t("documents.loading")}</p>
      )}
    </>
  );
}
