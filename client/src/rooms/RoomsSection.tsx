import { can, type RoomKind, type WorkspaceRoom } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Icon, type IconName } from "../layout/Icon.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import { CreateNoteForm } from "./CreateNoteForm.tsx";
import { roomPath } from "./roomPath.ts";

const KIND_ICONS: Record<RoomKind, IconName> = {
  nota: "it-note",
  lavagna: "it-presentation",
  documento: "it-file",
};

/** The procedure's notes, boards and documents, and the form that creates a note. */
export function RoomsSection() {
  const { t } = useTranslation();
  const { rooms, me } = useProcedure();
  return (
    <section className="tavolo-panel" aria-labelledby="rooms-title">
      <h2 id="rooms-title" className="h4">
        {t("rooms.title")}
      </h2>
      {me.role === "osservatore" && <p className="tavolo-muted">{t("rooms.readOnly")}</p>}
      {rooms.length === 0 ? (
        <p>{t("rooms.empty")}</p>
      ) : (
        <ul className="tavolo-rooms">
          {rooms.map((room) => (
            <RoomItem key={room.id} room={room} />
          ))}
        </ul>
      )}
      {can(me.role, "room.create") && <CreateNoteForm />}
    </section>
  );
}

function RoomItem({ room }: { room: WorkspaceRoom }) {
  const { t } = useTranslation();
  const path = roomPath(room);
  return (
    <li className="tavolo-rooms__item">
      <Icon name={KIND_ICONS[room.kind]} className="icon-sm icon-primary" />
      <span className="tavolo-rooms__text">
        {path ? (
          <Link to={path} className="tavolo-rooms__link">
            {room.title}
          </Link>
        ) : (
          <span>{room.title}</span>
        )}
        <span className="tavolo-rooms__kind">
          {t(`rooms.kinds.${room.kind}`)}
          {!path && ` · ${t("rooms.soon")}`}
        </span>
      </span>
    </li>
  );
}
