import { describe, expect, it } from "vitest";
import { placeInFreeSpace, rectsTouch } from "./placement.ts";

const NOTE = { w: 200, h: 160 };

describe("placeInFreeSpace", () => {
  it("centres the item on the wanted spot when it is free", () => {
    expect(placeInFreeSpace(NOTE, { x: 500, y: 400 }, { obstacles: [] })).toEqual({
      x: 400,
      y: 320,
    });
  });

  it("puts a second note next to the first, never on top or 28 px apart", () => {
    const first = { x: 400, y: 320, ...NOTE };
    const spot = placeInFreeSpace(NOTE, { x: 500, y: 400 }, { obstacles: [first] });
    expect(rectsTouch({ ...spot, ...NOTE }, first, 16)).toBe(false);
    expect(Math.hypot(spot.x - 400, spot.y - 320)).toBeLessThan(260);
  });

  it("fills the space around the centre without any two notes touching", () => {
    const placed: { x: number; y: number; w: number; h: number }[] = [];
    for (let i = 0; i < 12; i++) {
      placed.push({ ...placeInFreeSpace(NOTE, { x: 0, y: 0 }, { obstacles: placed }), ...NOTE });
    }
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(rectsTouch(a, b, 16)).toBe(false);
    }
  });

  it("keeps a note wholly inside or wholly outside every frame", () => {
    const frame = { x: 0, y: 0, w: 800, h: 600 };
    const spot = placeInFreeSpace(NOTE, { x: 800, y: 300 }, { obstacles: [], borders: [frame] });
    const rect = { ...spot, ...NOTE };
    const inside = rect.x >= 0 && rect.x + rect.w <= 800 && rect.y >= 0 && rect.y + rect.h <= 600;
    expect(inside || !rectsTouch(rect, frame, 0)).toBe(true);
  });

  it("finds an empty place for a frame clear of a matrix's quadrants", () => {
    const quadrants = [
      { x: 0, y: 0, w: 800, h: 600 },
      { x: 800, y: 0, w: 800, h: 600 },
      { x: 0, y: 600, w: 800, h: 600 },
      { x: 800, y: 600, w: 800, h: 600 },
    ];
    const size = { w: 720, h: 480 };
    const spot = placeInFreeSpace(
      size,
      { x: 800, y: 600 },
      { obstacles: quadrants, step: 40, reach: 60 },
    );
    for (const quadrant of quadrants)
      expect(rectsTouch({ ...spot, ...size }, quadrant, 16)).toBe(false);
  });

  it("goes where it was wanted when nothing within reach is free", () => {
    const wall = { x: -5000, y: -5000, w: 10000, h: 10000 };
    expect(placeInFreeSpace(NOTE, { x: 100, y: 80 }, { obstacles: [wall], reach: 3 })).toEqual({
      x: 0,
      y: 0,
    });
  });
});
