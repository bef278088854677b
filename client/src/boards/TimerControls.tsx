import {
  pauseTimer,
  resetTimer,
  setTimer,
  startTimer,
  timerStatus,
  writeTimer,
} from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { TimerExtend } from "./TimerExtend.tsx";
import { useTimerClock } from "./useTimerClock.ts";

/** Facilitators: set the minutes, start or pause, add time, reset. Everyone sees the TimerDisplay. */
export function TimerControls() {
  const { t } = useTranslation();
  const control = useBoard().rooms.control.doc;
  // The clock (not just the stored state) so that "Pausa" turns back into "Avvia" at the end.
  const { timer, status } = useTimerClock();
  const [minutes, setMinutes] = useState(5);
  const running = status === "running";
  const startOrPause = () => {
    const now = Date.now();
    const fresh = timer.durationMs === 0 || timerStatus(timer, now) === "finished";
    const base = fresh ? setTimer(minutes * 60_000) : timer;
    writeTimer(control, running && !fresh ? pauseTimer(base, now) : startTimer(base, now));
  };
  return (
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
      <button type="button" className="btn btn-sm btn-outline-primary" onClick={startOrPause}>
        {running ? t("boards.timer.pause") : t("boards.timer.start")}
      </button>
      <TimerExtend />
      <button
        type="button"
        className="btn btn-sm btn-outline-primary"
        onClick={() => writeTimer(control, resetTimer(setTimer(minutes * 60_000)))}
      >
        {t("boards.timer.reset")}
      </button>
    </fieldset>
  );
}
