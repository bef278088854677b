import { readTimer, type TimerState, type TimerStatus, timerStatus } from "@tavolo/shared";
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { useBoard } from "./boardContext.ts";
import { useDocValue } from "./yHooks.ts";

const read = (control: Y.Doc) => readTimer(control);

/**
 * The shared timer and this client's clock, ticking four times a second while the countdown
 * runs and not at all once it is paused, reset or over.
 */
export function useTimerClock(): { timer: TimerState; now: number; status: TimerStatus } {
  const timer = useDocValue(useBoard().rooms.control.doc, read);
  const [now, setNow] = useState(Date.now());
  const status = timerStatus(timer, now);
  const ticking = timer.runningSince !== null && status !== "finished";
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [ticking]);
  return { timer, now, status };
}
