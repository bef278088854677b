import { formatTimer, readTimer, timerRemaining, timerStatus } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { useDocValue } from "./yHooks.ts";

const read = (control: Y.Doc) => readTimer(control);

/** The workshop countdown, the same for everyone; red and announced when time is up. */
export function TimerDisplay() {
  const { t } = useTranslation();
  const timer = useDocValue(useBoard().rooms.control.doc, read);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (timer.runningSince === null) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.runningSince]);
  const status = timerStatus(timer, now);
  if (status === "idle" && timer.durationMs === 0) return null;
  return (
    <div
      className={`tavolo-timer tavolo-timer--${status}`}
      role="timer"
      aria-label={t("boards.timer.label")}
      data-testid="board-timer"
    >
      <span className="tavolo-timer__time">{formatTimer(timerRemaining(timer, now))}</span>
      {status === "finished" && (
        <span className="tavolo-timer__end" role="alert">
          {t("boards.timer.finished")}
        </span>
      )}
      {status === "paused" && (
        <span className="tavolo-timer__state">{t("boards.timer.paused")}</span>
      )}
    </div>
  );
}
