import { describe, expect, it } from "vitest";
import { clusterLabelSpot, frameText } from "./export-svg-labels.ts";
import { BoardFrameSchema } from "./frames.ts";
import { rectsTouch } from "./placement.ts";

const frame = BoardFrameSchema.parse({
  id: "f",
  title: "Bisogni",
  prompt: "Di che cosa hanno bisogno le famiglie del quartiere?",
  x: 0,
  y: 0,
  w: 800,
  h: 600,
});

describe("a group's name in the exported picture", () => {
  it("goes above the outline when nothing is written there", () => {
    const spot = clusterLabelSpot("Casa", { x: 100, y: 300, w: 300, h: 200 }, [
      frameText(frame).box,
    ]);
    expect(spot.baseline).toBe(292);
  });

  it("moves off a frame's prompt instead of writing over it", () => {
    const prompt = frameText(frame).box;
    const outline = { x: 20, y: prompt.y + prompt.h + 4, w: 400, h: 200 };
    const spot = clusterLabelSpot("Spazi disponibili", outline, [prompt]);
    expect(rectsTouch(spot.box, prompt, 0)).toBe(false);
    expect(spot.box.y).toBeGreaterThanOrEqual(outline.y);
  });
});
