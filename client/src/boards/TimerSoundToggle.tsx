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
      <SpeakerIcon on={on} />
    </button>
  );
}

/** A speaker with sound waves, or crossed out: drawn inline, so it needs no icon font. */
function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      {on ? (
        <path
          d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      ) : (
        <path d="M16 9l6 6M22 9l-6 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}
