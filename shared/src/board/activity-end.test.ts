import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { endActivity } from "./activity-end.ts";
import { readTimer, setTimer, startTimer, timerStatus, writeTimer } from "./timer.ts";

describe("the end of an activity", () => {
  it("resets a countdown that ran out, and leaves a running one alone", () => {
    const control = new Y.Doc();
    writeTimer(control, startTimer(setTimer(60_000), 0));
    endActivity(control, 30_000);
    expect(timerStatus(readTimer(control), 30_000)).toBe("running");
    endActivity(control, 61_000);
    expect(readTimer(control)).toEqual(setTimer(60_000));
    expect(timerStatus(readTimer(control), 61_000)).toBe("idle");
  });
});
