import type { Page } from "playwright-core";
import type { ProbeWindow } from "./page-probes.ts";

export interface DragFrames {
  /** Time between consecutive animation frames during the drag, ms. */
  deltas: number[];
  /** Long animation frames (over 50 ms) Chromium reported during the drag. */
  longFrames: number;
}

/**
 * Drags a note with the mouse over `steps` pointer moves (Playwright sends each after the page
 * handled the previous one) and records every animation frame meanwhile. Fails if the note did
 * not move: a drag that did nothing would measure an idle page.
 */
export async function measureDrag(page: Page, noteId: string, steps: number): Promise<DragFrames> {
  const note = page.locator(`[data-note-id="${noteId}"]`);
  const box = await note.boundingBox();
  if (!box) throw new Error(`note ${noteId} is not on screen`);
  const before = await note.evaluate((element) => (element as HTMLElement).style.left);
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => (window as unknown as ProbeWindow).__boardBench.startFrames());
  await page.mouse.move(start.x + 3 * steps, start.y + 2 * steps, { steps });
  await page.mouse.up();
  const frames = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__boardBench.stopFrames(),
  );
  const after = await note.evaluate((element) => (element as HTMLElement).style.left);
  if (after === before) throw new Error(`dragging note ${noteId} did not move it`);
  return frames;
}

/** Frames a 60 Hz display would have shown but the page did not produce, as a share of all. */
export function droppedFrameShare(deltas: readonly number[], intervalMs = 1000 / 60): number {
  if (deltas.length === 0) return Number.NaN;
  const missed = deltas.reduce(
    (sum, delta) => sum + Math.max(0, Math.round(delta / intervalMs) - 1),
    0,
  );
  return missed / (missed + deltas.length);
}
