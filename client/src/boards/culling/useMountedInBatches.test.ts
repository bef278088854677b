import { describe, expect, it } from "vitest";
import { nextBatch } from "./useMountedInBatches.ts";

describe("mounting notes in batches", () => {
  it("adds a batch at a time, the notes in the view before those in its margin", () => {
    const wanted = ["a", "b", "c", "d", "e"];
    const inView = new Set(["d", "e"]);
    const one = nextBatch(wanted, inView, new Set(), 3);
    expect(one && [...one].sort()).toEqual(["a", "d", "e"]);
    const two = nextBatch(wanted, inView, one ?? new Set(), 3);
    expect(two && [...two].sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(nextBatch(wanted, inView, two ?? new Set(), 3)).toBeNull();
  });

  it("drops notes no longer wanted", () => {
    const next = nextBatch(["b"], new Set(), new Set(["a", "b"]), 3);
    expect(next && [...next]).toEqual(["b"]);
  });
});
