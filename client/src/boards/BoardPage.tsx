import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { RoomStatusBar } from "../note/RoomStatusBar.tsx";
import { RoomHeading } from "../procedure/RoomHeading.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import type { Room } from "../sync/openRoom.ts";
import { useRoomStatus } from "../sync/useRoomStatus.ts";
import { BoardView } from "./BoardView.tsx";
import { type BoardInfo, boardApi } from "./boardApi.ts";
import { useBoardRooms } from "./useBoardRooms.ts";
import "./boards.css";
import "./structure.css";

type Loading =
  | { state: "loading" }
  | { state: "failed"; status: number }
  | { state: "ready"; info: BoardInfo };

/** "/procedure/:pid/lavagna/:room": a design-thinking board of the procedure. */
export function BoardPage() {
  const { t } = useTranslation();
  const { room = "" } = useParams();
  const { procedure } = useProcedure();
  const [loading, setLoading] = useState<Loading>({ state: "loading" });
  useEffect(() => {
    let live = true;
    setLoading({ state: "loading" });
    boardApi.info(room).then(
      (info) => live && setLoading({ state: "ready", info }),
      (error: unknown) => {
        const status =
          typeof error === "object" && error && "status" in error ? Number(error.status) : 0;
        if (live) setLoading({ state: "failed", status });
      },
    );
    return () => {
      live = false;
    };
  }, [room]);
  const title = loading.state === "ready" ? loading.info.board.title : t("boards.kicker");
  usePageTitle(t("boards.pageTitle", { board: title }));
  return (
    <div className="container-fluid tavolo-page tavolo-board-page">
      <RoomHeading kicker={t("boards.kicker")} title={title} />
      {loading.state === "loading" && <p role="status">{t("boards.loading")}</p>}
      {loading.state === "failed" && (
        <div className="alert alert-danger" role="alert">
          <p>{loading.status === 403 ? t("boards.forbidden") : t("boards.notFound")}</p>
          <Link to={`/procedure/${procedure.id}`}>{t("note.backToProcedure")}</Link>
        </div>
      )}
      {loading.state === "ready" && <OpenBoard info={loading.info} />}
    </div>
  );
}

function OpenBoard({ info }: { info: BoardInfo }) {
  const rooms = useBoardRooms(info);
  if (!rooms) return null;
  return (
    <>
      <BoardStatus room={rooms.board} />
      <BoardView info={info} rooms={rooms} />
    </>
  );
}

/** The board room's connection and saves, as on notes and documents. */
function BoardStatus({ room }: { room: Room }) {
  return <RoomStatusBar status={useRoomStatus(room.status)} />;
}
