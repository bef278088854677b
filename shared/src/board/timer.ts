import type * as Y from "yjs";
import { z } from "zod";
import { ControlKey, controlMap, readControlValue, writeControlValue } from "./control-shape.ts";

export const TIMER_MAX_MS = 4 * 60 * 60 * 1000;

/**
 * A countdown everyone sees. It stores when it last started and how much was left then, never
 * a ticking value: each client computes the remaining time from its own clock, so nothing is
 * written every second and a late joiner sees the right time at once.
 */
export const TimerStateSchema = z.object({
  durationMs: z.number().int().min(0).max(TIMER_MAX_MS),
  /** Epoch ms when it was (re)started; null while paused or reset. */
  runningSince: z.number().nullable(),
  /** Time left at `runningSince`, or while paused. */
  remainingMs: z.number().min(0).max(TIMER_MAX_MS),
});
export type TimerState = z.infer<typeof TimerStateSchema>;

export type TimerStatus = "idle" | "running" | "paused" | "finished";

export const IDLE_TIMER: TimerState = { durationMs: 0, runningSince: null, remainingMs: 0 };

/** Milliseconds left at `now` (epoch ms; pass the server-corrected clock if you have one). */
export function timerRemaining(state: TimerState, now: number): number {
  if (state.runningSince === null) return state.remainingMs;
  const elapsed = Math.max(0, now - state.runningSince);
  return Math.max(0, state.remainingMs - elapsed);
}

export function timerStatus(state: TimerState, now: number): TimerStatus {
  if (state.durationMs === 0) return "idle";
  if (timerRemaining(state, now) === 0) return "finished";
  if (state.runningSince !== null) return "running";
  return state.remainingMs === state.durationMs ? "idle" : "paused";
}

/** A new countdown of `durationMs`, not yet started. */
export function setTimer(durationMs: number): TimerState {
  return TimerStateSchema.parse({ durationMs, runningSince: null, remainingMs: durationMs });
}

/** Starts or resumes from whatever is left; a running timer is left as it is. */
export function startTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince !== null) return state;
  return { ...state, runningSince: now };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince === null) return state;
  return { ...state, runningSince: null, remainingMs: timerRemaining(state, now) };
}

/** Back to the full duration, stopped. */
export function resetTimer(state: TimerState): TimerState {
  return setTimer(state.durationMs);
}

/** Adds (or with a negative value removes) time, e.g. "two more minutes". */
export function addTimerTime(state: TimerState, deltaMs: number, now: number): TimerState {
  const remaining = Math.min(TIMER_MAX_MS, Math.max(0, timerRemaining(state, now) + deltaMs));
  const running = state.runningSince !== null;
  return {
    durationMs: Math.min(TIMER_MAX_MS, Math.max(state.durationMs, remaining)),
    runningSince: running ? now : null,
    remainingMs: remaining,
  };
}

/** "04:05" for a screen, rounding up so the display reaches 00:00 exactly when time is up. */
export function formatTimer(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

export function readTimer(control: Y.Doc): TimerState {
  return readControlValue(controlMap(control), ControlKey.timer, TimerStateSchema, IDLE_TIMER);
}

/** Stores the whole state at once (facilitators only: the control room refuses others). */
export function writeTimer(control: Y.Doc, state: TimerState): TimerState {
  return writeControlValue(controlMap(control), ControlKey.timer, TimerStateSchema, state);
}
