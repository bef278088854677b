import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { playTimerEnd, useTimerSoundOn } from "./timerSound.ts";
import { useTimerClock } from "./useTimerClock.ts";

/**
 * When the countdown reaches zero: a flashing banner everyone sees (a polite status, so a
 * screen reader finishes its sentence first) and, unless this person muted it, a short chime.
 * The chime plays only when the end happens while the board is open — not for someone who
 * opens a board whose timer ran out earlier. It leaves when the activity ends (see endActivity),
 * and each person may close it sooner.
 */
export function TimerEndBanner() {
  const { t } = useTranslation();
  const { status, timer } = useTimerClock();
  const soundOn = useTimerSoundOn();
  const previous = useRef(status);
  const [dismissed, setDismissed] = useState<number | null>(null);
  useEffect(() => {
    if (previous.current === "running" && status === "finished" && soundOn) playTimerEnd();
    previous.current = status;
  }, [status, soundOn]);
  const shown = status === "finished" && dismissed !== timer.runningSince;
  return (
    <div role="status" className="tavolo-timer-end-slot">
      {shown && (
        <p className="alert alert-danger tavolo-timer-end" data-testid="timer-end">
          {t("boards.timerExtra.ended")}
          <button
            type="button"
            className="btn btn-sm btn-link tavolo-strip__dismiss"
            onClick={() => setDismissed(timer.runningSince)}
          >
            {t("boards.workshop.dismiss")}
          </button>
        </p>
      )}
    </div>
  );
}
