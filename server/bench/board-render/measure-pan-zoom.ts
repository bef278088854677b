import type { Page } from "playwright-core";
import type { DragFrames } from "./measure-drag.ts";
import type { ProbeWindow } from "./page-probes.ts";

/** Wheel events per leg, each of `WHEEL_DELTA` px, sent back to back as a trackpad would. */
const WHEEL_STEPS = 40;
const WHEEL_DELTA = 40;

/**
 * Pans the board with shift+wheel (right, down, back) and zooms it with the wheel (out to about
 * half the opening zoom and back in), the pointer over the canvas's centre, recording every
 * animation frame meanwhile. Fails if the view never moved: an idle page would measure nothing.
 */
export async function measurePanZoom(page: Page): Promise<DragFrames> {
  const canvas = page.locator(".tavolo-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("the board canvas is not on screen");
  const world = page.locator(".tavolo-world");
  const transform = () => world.evaluate((element) => (element as HTMLElement).style.transform);
  const before = await transform();
  let moved = false;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => (window as unknown as ProbeWindow).__boardBench.startFrames());
  await page.keyboard.down("Shift");
  // shift+wheel pans by (deltaY, deltaX) turned: deltaY moves the view sideways
  for (const [dx, dy] of [
    [0, WHEEL_DELTA],
    [WHEEL_DELTA, 0],
    [0, -WHEEL_DELTA],
    [-WHEEL_DELTA, 0],
  ] as const) {
    for (let i = 0; i < WHEEL_STEPS; i++) await page.mouse.wheel(dx, dy);
    moved ||= (await transform()) !== before;
  }
  await page.keyboard.up("Shift");
  for (const delta of [WHEEL_DELTA / 4, -WHEEL_DELTA / 4]) {
    for (let i = 0; i < WHEEL_STEPS; i++) await page.mouse.wheel(0, delta);
  }
  const frames = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__boardBench.stopFrames(),
  );
  if (!moved) throw new Error("panning and zooming did not move the board");
  return frames;
}
