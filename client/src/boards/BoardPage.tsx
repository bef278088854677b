import { type RefObject, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { RoomStatusBar } from "../note/RoomStatusBar.tsx";
import { useProcedure } from "../procedure/useProcedure.ts";
import type { Room } from "../sync/openRoom.ts";
import { useRoomStatus } from "../sync/useRoomStatus.ts";
import { BoardView } from "./BoardView.tsx";
import { type BoardInfo, boardApi } from "./boardApi.ts";
import { BoardHeader } from "./layout/BoardHeader.tsx";
import { useWorkshopMode } from "./layout/useWorkshopMode.ts";
import { useBoardRooms } from "./useBoardRooms.ts";
import "./boards.css";
import "./structure.css";
import "./layout/workshop.css";

type Loading =
  | { state: "loading" }
  | { state: "failed"; status: number }
  | { state: "ready"; info: BoardInfo };

/**
 * "/procedure/:pid/lavagna/:room": a design-thinking board of the procedure, filling the
 * window (a slim bar on top, the board below; full screen on request).
 */
export function BoardPage() {
  const { t } = useTranslation();
  const { room = "" } = useParams();
  const { procedure } = useProcedure();
  const [loading, setLoading] = useState<Loading>({ state: "loading" });
  const page = useRef<HTMLDivElement>(null);
  useWorkshopMode();
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
    <div className="tavolo-board-page" ref={page}>
      {loading.state !== "ready" && <BoardHeader title={title} stage={page} />}
      {loading.state === "loading" && <p role="status">{t("boards.loading")}</p>}
      {loading.state === "failed" && (
        <div className="alert alert-danger m-3" role="alert">
          <p>{loading.status === 403 ? t("boards.forbidden") : t("boards.notFound")}</p>
          <Link to={`/procedure/${procedure.id}`}>{t("note.backToProcedure")}</Link>
        </div>
      )}
      {loading.state === "ready" && <OpenBoard info={loading.info} page={page} />}
    </div>
  );
}

function OpenBoard({ info, page }: { info: BoardInfo; page: RefObject<HTMLDivElement | null> }) {
  const rooms = useBoardRooms(info);
  return (
    <>
      <BoardHeader title={info.board.title} stage={page}>
        {rooms && <BoardStatus room={rooms.board} />}
      </BoardHeader>
      {rooms && <BoardView info={info} rooms={rooms} />}
    </>
  );
}

/** The board room's connection and saves, as on notes and documents. */
function BoardStatus({ room }: { room: Room }) {
  return <RoomStatusBar status={useRoomStatus(room.status)} />;
}
