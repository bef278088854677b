import {
  pauseTimer,
  readFollowMe,
  readLocks,
  readPrivateWriting,
  readTimer,
  resetTimer,
  setTimer,
  startFollowMe,
  startPrivateWriting,
  startTimer,
  stopFollowMe,
  writeTimer,
} from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { boardApi } from "./boardApi.ts";
import { useBoard } from "./boardContext.ts";
import { VoteControls } from "./VoteControls.tsx";
import { useDocValue } from "./yHooks.ts";

const readState = (control: Y.Doc) => ({
  timer: readTimer(control),
  writing: readPrivateWriting(control).active,
  following: readFollowMe(control),
  locked: readLocks(control).board,
});

/**
 * The facilitator's tools, all written to the control room, which only facilitators may write
 * (the server drops anyone else's updates): timer, dot voting, private writing and reveal,
 * follow me; and the board lock, through the server, which reconnects the others read-only.
 */
export function FacilitatorToolbar() {
  const { t } = useTranslation();
  const board = useBoard();
  const control = board.rooms.control.doc;
  const state = useDocValue(control, readState);
  const [minutes, setMinutes] = useState(5);
  const [error, setError] = useState<string | null>(null);
  const running = state.timer.runningSince !== null;
  const me = { personId: board.info.me.personId, name: board.info.me.displayName };
  const reveal = () => {
    setError(null);
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
      <fieldset className="tavolo-toolbar__group">
        <legend className="visually-hidden">{t("boards.timer.label")}</legend>
        <label htmlFor="board-timer-minutes" className="tavolo-toolbar__label">
          {t("boards.timer.minutes")}
        </label>
        <input
          id="board-timer-minutes"
          type="number"
          min={1}
          max={240}
          className="form-control form-control-sm tavolo-toolbar__number"
          value={minutes}
          onChange={(event) =>
            setMinutes(Math.max(1, Math.min(240, Number(event.target.value) || 1)))
          }
        />
        <button
          type="button"
          className="btn btn-sm btn-outline-primary"
          onClick={() => {
            const now = Date.now();
            const base = state.timer.durationMs === 0 ? setTimer(minutes * 60_000) : state.timer;
            writeTimer(control, running ? pauseTimer(base, now) : startTimer(base, now));
          }}
        >
          {running ? t("boards.timer.pause") : t("boards.timer.start")}
        </button>
        <button
          type="button"
          className="btn btn-sm btn-outline-primary"
          onClick={() => writeTimer(control, resetTimer(setTimer(minutes * 60_000)))}
        >
          {t("boards.timer.reset")}
        </button>
      </fieldset>
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
      {error && (
        <span className="text-danger" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
