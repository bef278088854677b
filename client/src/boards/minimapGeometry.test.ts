import { describe, expect, it } from "vitest";
import { centreOn, minimapBounds, visibleRect } from "./minimapGeometry.ts";

describe("minimap geometry", () => {
  it("knows which part of the board the canvas shows", () => {
    expect(visibleRect({ x: 100, y: 50, zoom: 0.5 }, { w: 800, h: 600 })).toEqual({
      x: 100,
      y: 50,
      w: 1600,
      h: 1200,
    });
  });

  it("draws the content and the visible area together, with a margin", () => {
    const bounds = minimapBounds([{ x: 0, y: 0, w: 1000, h: 500 }], {
      x: 3000,
      y: 0,
      w: 1000,
      h: 500,
    });
    // 4000 wide: a margin of 160 on each side.
    expect(bounds).toEqual({ x: -160, y: -160, w: 4320, h: 820 });
  });

  it("keeps its bounds over a short pan past the content's edge", () => {
    const content = [{ x: 0, y: 0, w: 1000, h: 500 }];
    const before = minimapBounds(content, { x: -60, y: 0, w: 800, h: 500 });
    expect(minimapBounds(content, { x: -75, y: 0, w: 800, h: 500 })).toEqual(before);
    expect(before.x).toBeLessThanOrEqual(-75);
  });

  it("moves the view so a point of the board is in the middle, keeping the zoom", () => {
    const view = centreOn({ x: 0, y: 0, zoom: 2 }, { x: 500, y: 300 }, { w: 800, h: 600 });
    expect(view).toEqual({ x: 300, y: 150, zoom: 2 });
    expect(visibleRect(view, { w: 800, h: 600 })).toEqual({ x: 300, y: 150, w: 400, h: 300 });
  });
});
