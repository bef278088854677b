import { can, type RoomKind, type WorkspaceRoom } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { CreateBoardForm } from "../boards/CreateBoardForm.tsx";
import { CreateDocumentForm } from "../documents/CreateDocumentForm.tsx";
import { Icon, type IconName } from "../layout/Icon.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import { CreateNoteForm } from "./CreateNoteForm.tsx";
import { roomPath } from "./roomPath.ts";

const KIND_ICONS: Record<RoomKind, IconName> = {
  nota: "it-note",
  lavagna: "it-presentation",
  documento: "it-file",
};

/** The procedure's notes, boards and documents, and the forms that create notes and boards. */
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
      {can(me.role, "room.create") && <CreateRoom />}
    </section>
  );
}

const CREATE_LABELS = [
  ["nota", "rooms.newNote"],
  ["lavagna", "rooms.newBoard"],
  ["documento", "documents.create.open"],
] as const satisfies readonly (readonly [RoomKind, string])[];

/** "Nuova nota", "Nuova lavagna", "Nuovo documento": disclosure buttons, each opening its form. */
function CreateRoom() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<RoomKind | null>(null);
  const toggle = (kind: RoomKind) => () => setOpen((current) => (current === kind ? null : kind));
  return (
    <div className="tavolo-room-create">
      <div className="tavolo-room-create__buttons">
        {CREATE_LABELS.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            className="btn btn-outline-primary btn-sm btn-icon"
            aria-expanded={open === kind}
            onClick={toggle(kind)}
          >
            <Icon name="it-plus" className="icon-primary icon-sm me-1" />
            <span>{t(label)}</span>
          </button>
        ))}
      </div>
      {open === "nota" && <CreateNoteForm />}
      {open === "lavagna" && <CreateBoardForm />}
      {open === "documento" && <CreateDocumentForm />}
    </div>
  );
}

function RoomItem({ room }: { room: WorkspaceRoom }) {
  const { t } = useTranslation();
  return (
    <li className="tavolo-rooms__item">
      <Icon name={KIND_ICONS[room.kind]} className="icon-sm icon-primary" />
      <span className="tavolo-rooms__text">
        <Link to={roomPath(room)} className="tavolo-rooms__link">
          {room.title}
        </Link>
        <span className="tavolo-rooms__kind">{t(`rooms.kinds.${room.kind}`)}</span>
      </span>
    </li>
  );
}
