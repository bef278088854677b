import {
  endActivity,
  readFollowMe,
  readLocks,
  readPrivateWriting,
  startFollowMe,
  startPrivateWriting,
  stopFollowMe,
  type Viewport,
} from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { boardApi } from "./boardApi.ts";
import { useBoard } from "./boardContext.ts";
import { AnonymityControls } from "./layout/AnonymityControls.tsx";
import { SummonControls } from "./layout/SummonControls.tsx";
import { TimerControls } from "./TimerControls.tsx";
import { VoteControls } from "./VoteControls.tsx";
import { useDocValue } from "./yHooks.ts";

const readState = (control: Y.Doc) => ({
  writing: readPrivateWriting(control).active,
  following: readFollowMe(control),
  locked: readLocks(control).board,
});

/**
 * The facilitator's tools, all written to the control room, which only facilitators may write
 * (the server drops anyone else's updates): timer, dot voting, private writing and reveal,
 * follow me, "Porta tutti qui", anonymous mode; and the board lock, through the server, which
 * reconnects the others read-only.
 */
export function FacilitatorToolbar({
  view,
}: {
  view: () => { viewport: Viewport; size: { w: number; h: number } };
}) {
  const { t } = useTranslation();
  const board = useBoard();
  const control = board.rooms.control.doc;
  const state = useDocValue(control, readState);
  const [error, setError] = useState<string | null>(null);
  const me = { personId: board.info.me.personId, name: board.info.me.displayName };
  const reveal = () => {
    setError(null);
    endActivity(control, Date.now());
    boardApi
      .reveal(board.info.board.id)
      .catch(() => setError(t("boards.facilitator.revealFailed")));
  };
  return (
    <div
      className="tavolo-toolbar tavolo-toolbar--facilitator"
      role="toolbar"
      aria-label={t("boards.facilitator.label")}
    >
      <TimerControls />
      <VoteControls />
      <span className="tavolo-toolbar__group">
        {state.writing ? (
          <button type="button" className="btn btn-sm btn-warning" onClick={reveal}>
            {t("boards.facilitator.reveal")}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-sm btn-outline-primary"
            onClick={() => startPrivateWriting(control, me.personId, Date.now())}
          >
            {t("boards.facilitator.startPrivate")}
          </button>
        )}
        <button
          type="button"
          className="btn btn-sm btn-outline-primary"
          aria-pressed={state.following !== null}
          onClick={() =>
            state.following ? stopFollowMe(control) : startFollowMe(control, me, Date.now())
          }
        >
          {state.following ? t("boards.facilitator.stopFollow") : t("boards.facilitator.followMe")}
        </button>
        <button
          type="button"
          className="btn btn-sm btn-outline-primary"
          aria-pressed={state.locked}
          onClick={() =>
            boardApi
              .lock(board.info.board.id, !state.locked)
              .catch(() => setError(t("boards.facilitator.lockFailed")))
          }
        >
          {state.locked ? t("boards.facilitator.unlock") : t("boards.facilitator.lock")}
        </button>
      </span>
      <SummonControls view={view} />
      <AnonymityControls />
      {error && (
        <span className="text-danger" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
