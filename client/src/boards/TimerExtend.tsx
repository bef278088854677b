import { addTimerTime, readTimer, timerStatus, writeTimer } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { useDocValue } from "./yHooks.ts";

const read = (control: Y.Doc) => readTimer(control);
const EXTRA_MINUTES = [1, 2] as const;

/**
 * "+1 min" / "+2 min" while a countdown is on (running, paused or just over): the group is
 * almost done, so the facilitator gives a little more time without resetting.
 */
export function TimerExtend() {
  const { t } = useTranslation();
  const control = useBoard().rooms.control.doc;
  const timer = useDocValue(control, read);
  if (timer.durationMs === 0 || timerStatus(timer, Date.now()) === "idle") return null;
  return EXTRA_MINUTES.map((minutes) => (
    <button
      key={minutes}
      type="button"
      className="btn btn-sm btn-outline-primary"
      title={t("boards.timerExtra.addLabel", { count: minutes })}
      onClick={() => {
        const now = Date.now();
        writeTimer(control, addTimerTime(readTimer(control), minutes * 60_000, now));
      }}
    >
      {t("boards.timerExtra.add", { count: minutes })}
    </button>
  ));
}
