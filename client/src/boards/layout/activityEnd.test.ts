import { describe, expect, it } from "vitest";
import { activityEndedAfterTimer, timerEndedAt } from "./activityEnd.ts";

const ranOut = { durationMs: 60_000, runningSince: 1_000_000, remainingMs: 60_000 };
const iso = (ms: number) => new Date(ms).toISOString();

describe("the end of an activity", () => {
  it("knows when a countdown ran out, and not before", () => {
    expect(timerEndedAt(ranOut, 1_060_000)).toBe(1_060_000);
    expect(timerEndedAt(ranOut, 1_059_999)).toBeNull();
    expect(timerEndedAt({ ...ranOut, runningSince: null }, 5_000_000)).toBeNull();
  });

  it("is over once a vote closed or notes were revealed after time ran out", () => {
    expect(activityEndedAfterTimer(ranOut, 2_000_000, [iso(1_070_000)])).toBe(true);
    expect(activityEndedAfterTimer(ranOut, 2_000_000, [null, iso(1_070_000)])).toBe(true);
    expect(activityEndedAfterTimer(ranOut, 2_000_000, [iso(1_050_000), null])).toBe(false);
    expect(activityEndedAfterTimer(ranOut, 1_030_000, [iso(1_020_000)])).toBe(false);
  });
});
