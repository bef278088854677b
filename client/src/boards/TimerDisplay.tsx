import { formatTimer, timerRemaining } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { TimerSoundToggle } from "./TimerSoundToggle.tsx";
import { useTimerClock } from "./useTimerClock.ts";

/**
 * The workshop countdown, the same for everyone; red when time is up (TimerEndBanner says so
 * out loud), with each person's own switch for the end sound.
 */
export function TimerDisplay() {
  const { t } = useTranslation();
  const { timer, now, status } = useTimerClock();
  if (status === "idle" && timer.durationMs === 0) return null;
  return (
    <div className="tavolo-timer-area">
      <div
        className={`tavolo-timer tavolo-timer--${status}`}
        role="timer"
        aria-label={t("boards.timer.label")}
        data-testid="board-timer"
      >
        <span className="tavolo-timer__time">{formatTimer(timerRemaining(timer, now))}</span>
        {status === "finished" && (
          <span className="tavolo-timer__end">{t("boards.timer.finished")}</span>
        )}
        {status === "paused" && (
          <span className="tavolo-timer__state">{t("boards.timer.paused")}</span>
        )}
      </div>
      <TimerSoundToggle />
    </div>
  );
}
