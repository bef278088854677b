import type { Viewport } from "@tavolo/shared";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BoardCanvas } from "./BoardCanvas.tsx";
import { BoardPeople } from "./BoardPeople.tsx";
import { BoardToolbar } from "./BoardToolbar.tsx";
import type { BoardInfo } from "./boardApi.ts";
import { BoardContext } from "./boardContext.ts";
import { FacilitatorToolbar } from "./FacilitatorToolbar.tsx";
import { FollowBanner, useFollow } from "./FollowBanner.tsx";
import { Minimap } from "./Minimap.tsx";
import { usePresenceField, usePresences, usePublishUser } from "./presence.ts";
import { StructureToolbar } from "./StructureToolbar.tsx";
import { TimerDisplay } from "./TimerDisplay.tsx";
import { TimerEndBanner } from "./TimerEndBanner.tsx";
import { boardCommands, onBoardKey } from "./useBoardCommands.ts";
import type { BoardRooms } from "./useBoardRooms.ts";
import { useBoardState } from "./useBoardState.ts";
import { useInitialFit } from "./useInitialFit.ts";
import { VotePanel } from "./VotePanel.tsx";
import { INITIAL_VIEWPORT, viewCentre } from "./viewport.ts";
import "./facilitation.css";

/** An open board: toolbars, the canvas, the people here and the vote. */
export function BoardView({ info, rooms }: { info: BoardInfo; rooms: BoardRooms }) {
  const { t } = useTranslation();
  const board = useBoardState(info, rooms);
  const canvasRef = useRef<HTMLElement>(null);
  const [viewport, setViewport] = useState<Viewport>(INITIAL_VIEWPORT);
  const awareness = rooms.board.provider.awareness;
  usePublishUser(awareness, info);
  const presences = usePresences(awareness);
  const publishViewport = usePresenceField(awareness, "viewport");
  board.zoom.current = viewport.zoom;
  useEffect(() => publishViewport(viewport), [viewport, publishViewport]);
  const follow = useFollow(board, presences, setViewport);
  useInitialFit(rooms.board, canvasRef, setViewport);
  const commands = useMemo(
    () => boardCommands(board, canvasRef, viewport, setViewport),
    [board, viewport],
  );
  const facilitator = info.me.role === "facilitatore";
  const centre = () =>
    viewCentre(viewport, {
      w: canvasRef.current?.clientWidth ?? 0,
      h: canvasRef.current?.clientHeight ?? 0,
    });

  return (
    <BoardContext.Provider value={board}>
      <div className="tavolo-board">
        <div className="tavolo-board__bar">
          <BoardToolbar commands={commands} zoom={viewport.zoom} />
          <TimerDisplay />
        </div>
        <StructureToolbar centre={centre} />
        {facilitator && <FacilitatorToolbar />}
        <FollowBanner follow={follow} />
        <TimerEndBanner />
        <div className="tavolo-board__main">
          <BoardCanvas
            canvasRef={canvasRef}
            viewport={viewport}
            setViewport={setViewport}
            presences={presences}
            onKeyCommand={(event) => onBoardKey(event, commands)}
          />
          <aside className="tavolo-board__side" aria-label={t("boards.side.label")}>
            <VotePanel />
            <Minimap viewport={viewport} setViewport={setViewport} canvasRef={canvasRef} />
            <BoardPeople presences={presences} />
          </aside>
        </div>
        <p id="tavolo-board-help" className="tavolo-board__help">
          {t("boards.canvas.help")}
        </p>
      </div>
    </BoardContext.Provider>
  );
}
