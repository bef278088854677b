import type { Viewport } from "@tavolo/shared";
import { panBy, zoomAt } from "../viewport.ts";

export interface ScreenPoint {
  x: number;
  y: number;
}

const middle = (a: ScreenPoint, b: ScreenPoint) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const distance = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * One step of a two-finger gesture (points relative to the canvas): the fingers spreading apart
 * zoom around where they were, and their middle moving pans — so the board point under the
 * fingers stays under them, as on a map.
 */
export function pinchStep(
  view: Viewport,
  before: readonly [ScreenPoint, ScreenPoint],
  after: readonly [ScreenPoint, ScreenPoint],
): Viewport {
  const from = middle(...before);
  const to = middle(...after);
  const span = distance(...before);
  const factor = span > 0 ? distance(...after) / span : 1;
  return panBy(zoomAt(view, factor, from), to.x - from.x, to.y - from.y);
}

/** How far a finger may wander and still count as holding still, in CSS pixels. */
export const LONG_PRESS_SLOP = 10;
/** How long a finger must rest on the empty board to make a note. */
export const LONG_PRESS_MS = 550;

export function movedTooFar(start: ScreenPoint, now: ScreenPoint): boolean {
  return distance(start, now) > LONG_PRESS_SLOP;
}
