import { useTranslation } from "react-i18next";
import { setTimerSoundOn, useTimerSoundOn } from "./timerSound.ts";

/** Each person's own switch for the end-of-timer sound (a toggle button: pressed = sound on). */
export function TimerSoundToggle() {
  const { t } = useTranslation();
  const on = useTimerSoundOn();
  return (
    <button
      type="button"
      className="btn btn-sm btn-outline-primary tavolo-timer__sound"
      aria-pressed={on}
      aria-label={t("boards.timerExtra.sound")}
      title={t("boards.timerExtra.sound")}
      onClick={() => setTimerSoundOn(!on)}
    >
      <span aria-hidden="true">{on ? "🔔" : "🔕"}</span>
    </button>
  );
}
