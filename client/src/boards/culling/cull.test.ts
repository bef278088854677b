import { describe, expect, it } from "vitest";
import { cullArea, intersects, visibleIds } from "./cull.ts";

const note = (id: string, x: number, y: number) => ({ id, x, y, w: 160, h: 120 });

describe("viewport culling", () => {
  it("treats touching and overlapping boxes as meeting, apart boxes as not", () => {
    const a = { x: 0, y: 0, w: 100, h: 100 };
    expect(intersects(a, { x: 100, y: 50, w: 10, h: 10 })).toBe(true);
    expect(intersects(a, { x: 50, y: 50, w: 500, h: 500 })).toBe(true);
    expect(intersects(a, { x: 101, y: 0, w: 10, h: 10 })).toBe(false);
    expect(intersects(a, { x: 0, y: -20, w: 10, h: 19 })).toBe(false);
  });

  it("covers the view and its margin, in board units at the view's zoom", () => {
    const view = { x: 1000, y: 500, zoom: 0.5 };
    const area = cullArea(view, { w: 800, h: 600 }, 100);
    // the view is 1600 × 1200 board units, the margin 200 each side
    expect(area).not.toBeNull();
    if (!area) return;
    expect(area.x).toBeLessThanOrEqual(800);
    expect(area.y).toBeLessThanOrEqual(300);
    expect(area.x + area.w).toBeGreaterThanOrEqual(2800);
    expect(area.y + area.h).toBeGreaterThanOrEqual(1900);
  });

  it("keeps the same area over a short pan, so the rendered notes stay the same", () => {
    const size = { w: 1280, h: 800 };
    const start = cullArea({ x: 0, y: 0, zoom: 1 }, size);
    const panned = cullArea({ x: 3, y: -2, zoom: 1 }, size);
    expect(panned).toEqual(start);
  });

  it("renders notes in or near the view, in the given order, and none far away", () => {
    const notes = [note("far", 5000, 5000), note("b", 100, 100), note("a", 700, 300)];
    const area = cullArea({ x: 0, y: 0, zoom: 1 }, { w: 800, h: 600 }, 50);
    expect(visibleIds(notes, area, new Set())).toEqual(["b", "a"]);
  });

  it("always renders kept notes (selection, focus, edit) even far off screen", () => {
    const notes = [note("far", 5000, 5000), note("b", 100, 100)];
    const area = cullArea({ x: 0, y: 0, zoom: 1 }, { w: 800, h: 600 }, 50);
    expect(visibleIds(notes, area, new Set(["far"]))).toEqual(["far", "b"]);
  });

  it("renders everything before the canvas has a size", () => {
    const notes = [note("far", 5000, 5000), note("b", 100, 100)];
    expect(cullArea({ x: 0, y: 0, zoom: 1 }, { w: 0, h: 0 })).toBeNull();
    expect(visibleIds(notes, null, new Set())).toEqual(["far", "b"]);
  });

  it("zoomed far out, the area grows to hold the whole view", () => {
    const notes = [note("far", 9000, 6000), note("b", 100, 100)];
    const area = cullArea({ x: 0, y: 0, zoom: 0.1 }, { w: 1280, h: 800 });
    expect(visibleIds(notes, area, new Set())).toEqual(["far", "b"]);
  });
});
