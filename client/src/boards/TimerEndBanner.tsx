import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { playTimerEnd, useTimerSoundOn } from "./timerSound.ts";
import { useTimerClock } from "./useTimerClock.ts";

/**
 * When the countdown reaches zero: a flashing banner everyone sees (a polite status, so a
 * screen reader finishes its sentence first) and, unless this person muted it, a short chime.
 * The chime plays only when the end happens while the board is open — not for someone who
 * opens a board whose timer ran out earlier.
 */
export function TimerEndBanner() {
  const { t } = useTranslation();
  const { status } = useTimerClock();
  const soundOn = useTimerSoundOn();
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === "running" && status === "finished" && soundOn) playTimerEnd();
    previous.current = status;
  }, [status, soundOn]);
  return (
    <div role="status" className="tavolo-timer-end-slot">
      {status === "finished" && (
        <p className="alert alert-danger tavolo-timer-end" data-testid="timer-end">
          {t("boards.timerExtra.ended")}
        </p>
      )}
    </div>
  );
}
