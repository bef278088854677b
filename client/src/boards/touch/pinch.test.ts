import { describe, expect, it } from "vitest";
import { toWorld } from "../viewport.ts";
import { movedTooFar, pinchStep } from "./pinch.ts";

describe("two-finger gestures", () => {
  const view = { x: 100, y: 50, zoom: 1 };

  it("spreading the fingers zooms, keeping the board point between them in place", () => {
    const before = [
      { x: 200, y: 200 },
      { x: 300, y: 200 },
    ] as const;
    const after = [
      { x: 150, y: 200 },
      { x: 350, y: 200 },
    ] as const;
    const next = pinchStep(view, before, after);
    expect(next.zoom).toBeCloseTo(2);
    const under = toWorld(next, { x: 250, y: 200 });
    const was = toWorld(view, { x: 250, y: 200 });
    expect(under.x).toBeCloseTo(was.x);
    expect(under.y).toBeCloseTo(was.y);
  });

  it("moving both fingers together pans without zooming", () => {
    const next = pinchStep(
      view,
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      [
        { x: 40, y: 30 },
        { x: 140, y: 30 },
      ],
    );
    expect(next).toEqual({ x: 60, y: 20, zoom: 1 });
  });

  it("a finger that wanders is no longer a long press", () => {
    expect(movedTooFar({ x: 0, y: 0 }, { x: 6, y: 6 })).toBe(false);
    expect(movedTooFar({ x: 0, y: 0 }, { x: 12, y: 0 })).toBe(true);
  });
});
