import { describe, expect, it } from "vitest";
import { containsPoint, fitViewport, readingOrder, unionBounds } from "./geometry.ts";

const box = (id: string, x: number, y: number, w = 100, h = 80) => ({ id, x, y, w, h });

describe("unionBounds", () => {
  it("is null for nothing and the hull of everything otherwise", () => {
    expect(unionBounds([])).toBeNull();
    expect(unionBounds([box("a", 0, 0), box("b", 300, -50, 50, 50)])).toEqual({
      x: 0,
      y: -50,
      w: 350,
      h: 130,
    });
  });
});

describe("containsPoint", () => {
  it("counts the border as inside", () => {
    expect(containsPoint({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 10 })).toBe(true);
    expect(containsPoint({ x: 0, y: 0, w: 10, h: 10 }, { x: 10.1, y: 5 })).toBe(false);
  });
});

describe("fitViewport", () => {
  it("centres the content and zooms to fit inside the padding", () => {
    const view = fitViewport({ x: 0, y: 0, w: 1000, h: 500 }, { width: 1096, height: 700 });
    expect(view.zoom).toBe(1);
    expect(view.x).toBe(-48);
    expect(view.y).toBe(-100);
  });

  it("zooms out for wide content and never past maxZoom for a single note", () => {
    const wide = fitViewport({ x: 0, y: 0, w: 4000, h: 100 }, { width: 1096, height: 800 });
    expect(wide.zoom).toBeCloseTo(0.25);
    const tiny = fitViewport({ x: 0, y: 0, w: 10, h: 10 }, { width: 1000, height: 800 });
    expect(tiny.zoom).toBe(2);
  });

  it("shows the origin at zoom 1 on an empty board", () => {
    expect(fitViewport(null, { width: 800, height: 600 })).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe("readingOrder", () => {
  it("reads rows top to bottom and each row left to right", () => {
    const items = [box("c", 0, 200), box("b", 200, 0), box("a", 0, 0), box("d", 200, 200)];
    expect(readingOrder(items).map((item) => item.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps notes placed by hand a little out of line in one row", () => {
    const items = [box("right", 300, 0), box("left-lower", 0, 30), box("next-row", 0, 100)];
    expect(readingOrder(items).map((item) => item.id)).toEqual(["left-lower", "right", "next-row"]);
  });

  it("breaks exact ties by id so every client agrees", () => {
    expect(readingOrder([box("b", 0, 0), box("a", 0, 0)]).map((item) => item.id)).toEqual([
      "a",
      "b",
    ]);
  });
});
