import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ControlKey, controlMap } from "./control-shape.ts";
import {
  addTimerTime,
  formatTimer,
  IDLE_TIMER,
  pauseTimer,
  readTimer,
  resetTimer,
  setTimer,
  startTimer,
  timerRemaining,
  timerStatus,
  writeTimer,
} from "./timer.ts";

const MIN = 60_000;
const T = 1_700_000_000_000;

describe("timer", () => {
  it("counts down from the start time using the clock passed in", () => {
    const running = startTimer(setTimer(5 * MIN), T);
    expect(timerStatus(running, T)).toBe("running");
    expect(timerRemaining(running, T + 90_000)).toBe(3.5 * MIN);
    expect(timerRemaining(running, T + 10 * MIN)).toBe(0);
    expect(timerStatus(running, T + 10 * MIN)).toBe("finished");
    expect(timerRemaining(running, T - 5000)).toBe(5 * MIN);
  });

  it("pauses with the time left and resumes from it", () => {
    const running = startTimer(setTimer(5 * MIN), T);
    const paused = pauseTimer(running, T + MIN);
    expect(paused).toEqual({ durationMs: 5 * MIN, runningSince: null, remainingMs: 4 * MIN });
    expect(timerStatus(paused, T + 50 * MIN)).toBe("paused");
    expect(timerRemaining(paused, T + 50 * MIN)).toBe(4 * MIN);
    const resumed = startTimer(paused, T + 2 * MIN);
    expect(timerRemaining(resumed, T + 3 * MIN)).toBe(3 * MIN);
    expect(startTimer(resumed, T + 99 * MIN)).toBe(resumed);
    expect(pauseTimer(paused, T)).toBe(paused);
  });

  it("resets to the full duration, stopped", () => {
    const reset = resetTimer(pauseTimer(startTimer(setTimer(5 * MIN), T), T + MIN));
    expect(reset).toEqual(setTimer(5 * MIN));
    expect(timerStatus(reset, T)).toBe("idle");
    expect(timerStatus(IDLE_TIMER, T)).toBe("idle");
  });

  it("adds time to a running timer without losing what elapsed", () => {
    const running = startTimer(setTimer(2 * MIN), T);
    const longer = addTimerTime(running, 2 * MIN, T + MIN);
    expect(timerRemaining(longer, T + MIN)).toBe(3 * MIN);
    expect(longer.durationMs).toBe(3 * MIN);
    expect(timerRemaining(addTimerTime(running, -10 * MIN, T), T)).toBe(0);
  });

  it("formats as mm:ss, rounding up", () => {
    expect(formatTimer(4 * MIN + 4_001)).toBe("04:05");
    expect(formatTimer(0)).toBe("00:00");
    expect(formatTimer(61 * MIN)).toBe("61:00");
  });

  it("is stored whole in the control room and read back, ignoring a malformed value", () => {
    const control = new Y.Doc();
    expect(readTimer(control)).toEqual(IDLE_TIMER);
    const state = startTimer(setTimer(MIN), T);
    writeTimer(control, state);
    expect(readTimer(control)).toEqual(state);
    controlMap(control).set(ControlKey.timer, { durationMs: "lots" });
    expect(readTimer(control)).toEqual(IDLE_TIMER);
    expect(() => writeTimer(control, { ...state, remainingMs: -1 })).toThrow();
  });
});
