import { describe, expect, it } from "vitest";
import { rasterScale } from "./exportImage.ts";

describe("the PNG's scale", () => {
  it("is twice the board's size for an ordinary board", () => {
    expect(rasterScale(2040, 1950)).toBe(2);
  });

  it("shrinks for a board too big for a browser canvas, keeping its proportions", () => {
    const scale = rasterScale(8000, 6000);
    expect(scale).toBeLessThan(2);
    expect(8000 * scale * 6000 * scale).toBeLessThanOrEqual(16_000_000 + 1);
    expect(rasterScale(40_000, 500) * 40_000).toBeLessThanOrEqual(16_000);
  });
});
