import type * as Y from "yjs";
import { readTimer, resetTimer, timerStatus, writeTimer } from "./timer.ts";

/**
 * The end of an activity (a facilitator closes the vote or reveals the private notes): a
 * countdown that already ran out goes back to its full duration, stopped, so "Tempo scaduto"
 * leaves every screen at once instead of lingering over the next activity. A timer still
 * running is the facilitator's to stop.
 */
export function endActivity(control: Y.Doc, now: number): void {
  const timer = readTimer(control);
  if (timerStatus(timer, now) === "finished") writeTimer(control, resetTimer(timer));
}
