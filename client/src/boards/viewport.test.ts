import { describe, expect, it } from "vitest";
import { fitTo, panBy, toWorld, zoomAt } from "./viewport.ts";

describe("board viewport", () => {
  it("keeps the point under the pointer in place while zooming", () => {
    const view = { x: 100, y: 50, zoom: 1 };
    const anchor = { x: 300, y: 200 };
    const before = toWorld(view, anchor);
    const after = toWorld(zoomAt(view, 2, anchor), anchor);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it("pans by screen distance, whatever the zoom", () => {
    expect(panBy({ x: 0, y: 0, zoom: 2 }, 100, -50)).toEqual({ x: -50, y: 25, zoom: 2 });
  });

  it("fits every item in the canvas, centred", () => {
    const view = fitTo(
      { x: 0, y: 0, zoom: 1 },
      [
        { x: 0, y: 0, w: 100, h: 100 },
        { x: 900, y: 400, w: 100, h: 100 },
      ],
      { w: 1080, h: 580 },
    );
    expect(view.zoom).toBeCloseTo(1);
    expect(view.x).toBeCloseTo(-40);
    expect(view.y).toBeCloseTo(-40);
  });

  it("fits the content between the tools floating over the canvas", () => {
    const rects = [{ x: 0, y: 0, w: 1000, h: 500 }];
    const view = fitTo(
      { x: 0, y: 0, zoom: 1 },
      rects,
      { w: 1080, h: 700 },
      { top: 60, bottom: 60 },
    );
    expect(view.zoom).toBeCloseTo(1);
    // the content's top edge sits 40 px under the top tools
    expect(toWorld(view, { x: 0, y: 60 + 40 }).y).toBeCloseTo(0);
  });
});
