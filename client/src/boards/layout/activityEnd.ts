import type { TimerState } from "@tavolo/shared";

/**
 * When a finished countdown ran out (ms since the epoch); null while it has not run out.
 * A finished timer keeps `runningSince` set: it ended `remainingMs` after that.
 */
export function timerEndedAt(timer: TimerState, now: number): number | null {
  if (timer.runningSince === null) return null;
  const end = timer.runningSince + timer.remainingMs;
  return end <= now ? end : null;
}

/**
 * Whether the activity the timer paced is over: a vote closed, or private notes were revealed,
 * after time ran out. Then "Tempo scaduto" has said what it had to and steps aside.
 */
export function activityEndedAfterTimer(
  timer: TimerState,
  now: number,
  ends: readonly (string | null | undefined)[],
): boolean {
  const timerEnd = timerEndedAt(timer, now);
  if (timerEnd === null) return false;
  return ends.some((at) => typeof at === "string" && Date.parse(at) >= timerEnd);
}
