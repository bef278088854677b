import type { Viewport } from "@tavolo/shared";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BoardCanvas } from "./BoardCanvas.tsx";
import { BoardPeople } from "./BoardPeople.tsx";
import { BoardToolbar } from "./BoardToolbar.tsx";
import type { BoardInfo } from "./boardApi.ts";
import { BoardContext } from "./boardContext.ts";
import { FacilitatorToolbar } from "./FacilitatorToolbar.tsx";
import { useFollow } from "./FollowBanner.tsx";
import { FloatingPanel } from "./layout/FloatingPanel.tsx";
import { StatusStrip } from "./layout/StatusStrip.tsx";
import { useSummon } from "./layout/useSummon.ts";
import { Minimap } from "./Minimap.tsx";
import { createNote } from "./noteActions.ts";
import { usePresenceField, usePublishUser } from "./presence.ts";
import { StructureToolbar } from "./StructureToolbar.tsx";
import { useTouchGestures } from "./touch/useTouchGestures.ts";
import { boardCommands, onBoardKey } from "./useBoardCommands.ts";
import type { BoardRooms } from "./useBoardRooms.ts";
import { useBoardState } from "./useBoardState.ts";
import { useInitialFit } from "./useInitialFit.ts";
import { useLiveViewport } from "./useLiveViewport.ts";
import { VotePanel } from "./VotePanel.tsx";
import { INITIAL_VIEWPORT, toWorld, viewCentre } from "./viewport.ts";
import "./facilitation.css";

/** Below this width the side panels start folded, leaving the canvas to the workshop. */
const NARROW = 1100;

/**
 * An open board, filling the window: the status strip everyone watches (timer, vote, what the
 * facilitator set), then the canvas with the tools floating over it and the side panels
 * (vote results, overview, people) beside it, each group foldable.
 */
export function BoardView({ info, rooms }: { info: BoardInfo; rooms: BoardRooms }) {
  const { t } = useTranslation();
  const board = useBoardState(info, rooms);
  const canvasRef = useRef<HTMLElement>(null);
  const view = useLiveViewport(INITIAL_VIEWPORT);
  const { viewport, live, setViewport: setViewportNow, onPaint } = view;
  const awareness = rooms.board.provider.awareness;
  usePublishUser(awareness, info);
  const publishViewport = usePresenceField(awareness, "viewport");
  useEffect(() => publishViewport(viewport), [viewport, publishViewport]);
  // A note dragged mid-zoom moves by the pointer's distance at the zoom on screen.
  useEffect(
    () =>
      onPaint((now) => {
        board.zoom.current = now.zoom;
      }),
    [onPaint, board.zoom],
  );
  const summon = useSummon(board, canvasRef, setViewportNow);
  // While a facilitator holds everyone's view ("Porta tutti qui"), this screen's own moves wait.
  const setViewport = useCallback(
    (update: (view: Viewport) => Viewport) => {
      if (!summon.held) setViewportNow(update);
    },
    [summon.held, setViewportNow],
  );
  const follow = useFollow(board, setViewport);
  useInitialFit(rooms.board, canvasRef, setViewport);
  const commands = useMemo(
    () => boardCommands(board, canvasRef, () => live.current, setViewport),
    [board, live, setViewport],
  );
  const facilitator = info.me.role === "facilitatore";
  const size = () => ({
    w: canvasRef.current?.clientWidth ?? 0,
    h: canvasRef.current?.clientHeight ?? 0,
  });
  const centre = () => viewCentre(live.current, size());
  useTouchGestures(canvasRef, setViewport, (at) => {
    const id = createNote(board, toWorld(live.current, at));
    if (id) board.setEditing(id);
  });
  const narrow = typeof window !== "undefined" && window.innerWidth < NARROW;

  return (
    <BoardContext.Provider value={board}>
      <div className="tavolo-board">
        <StatusStrip follow={follow} summon={summon} />
        <div className="tavolo-board__main">
          <div className="tavolo-stage">
            <BoardCanvas
              canvasRef={canvasRef}
              view={view}
              setViewport={setViewport}
              onKeyCommand={(event) => onBoardKey(event, commands)}
            />
            <div className="tavolo-stage__top">
              <FloatingPanel name={t("boards.workshop.tools")} className="tavolo-float--tools">
                <BoardToolbar commands={commands} onPaint={onPaint} />
              </FloatingPanel>
              <FloatingPanel
                name={t("boards.workshop.structure")}
                className="tavolo-float--structure"
                initiallyOpen={!narrow}
              >
                <StructureToolbar centre={centre} />
              </FloatingPanel>
            </div>
            {facilitator && (
              <div className="tavolo-stage__bottom">
                <FloatingPanel
                  name={t("boards.workshop.facilitation")}
                  className="tavolo-float--facilitator"
                >
                  <FacilitatorToolbar view={() => ({ viewport: live.current, size: size() })} />
                </FloatingPanel>
              </div>
            )}
          </div>
          <FloatingPanel
            name={t("boards.workshop.panels")}
            className="tavolo-float--side"
            initiallyOpen={!narrow}
          >
            <aside className="tavolo-board__side" aria-label={t("boards.side.label")}>
              <VotePanel show="closed" />
              <Minimap viewport={viewport} setViewport={setViewport} canvasRef={canvasRef} />
              <BoardPeople />
            </aside>
          </FloatingPanel>
        </div>
        <p id="tavolo-board-help" className="visually-hidden">
          {t("boards.canvas.help")} {t("boards.workshop.longPressHint")}
        </p>
      </div>
    </BoardContext.Provider>
  );
}
