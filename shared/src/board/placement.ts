import type { Point, Rect } from "./geometry.ts";

export interface ItemSize {
  w: number;
  h: number;
}

/** What a new item must keep clear of, and how far to look for room. */
export interface FreeSpaceRules {
  /** Items the new one may not overlap, with `gap` world units between. */
  obstacles: readonly Rect[];
  /**
   * Regions the new item must sit wholly inside or wholly outside of (frames, for a note), so it
   * never lands across a border where half of it reads as one frame and half as another.
   */
  borders?: readonly Rect[];
  gap?: number;
  /** The grid the search walks, in world units. */
  step?: number;
  /** How many grid steps away from the wanted spot to look before giving up. */
  reach?: number;
}

/**
 * The top-left corner for an item of `size`, as near as possible to being centred on `wanted`,
 * where it overlaps none of the obstacles and crosses no border. Candidates are tried in order of
 * distance (ties broken the same way on every client); when nothing within reach is free the
 * item goes where it was wanted, so a full board still gets its note.
 */
export function placeInFreeSpace(size: ItemSize, wanted: Point, rules: FreeSpaceRules): Point {
  const { gap = 16, step = 24, reach = 40 } = rules;
  const origin = { x: Math.round(wanted.x - size.w / 2), y: Math.round(wanted.y - size.h / 2) };
  const span = reach * step + gap;
  const area = {
    x: origin.x - span,
    y: origin.y - span,
    w: size.w + 2 * span,
    h: size.h + 2 * span,
  };
  const near = rules.obstacles.filter((rect) => rectsTouch(rect, area, 0));
  const borders = (rules.borders ?? []).filter((rect) => rectsTouch(rect, area, 0));
  for (const offset of offsetsByDistance(reach)) {
    const spot = { x: origin.x + offset.x * step, y: origin.y + offset.y * step, ...size };
    const clear = near.every((rect) => !rectsTouch(rect, spot, gap));
    if (clear && borders.every((border) => respectsBorder(spot, border))) {
      return { x: spot.x, y: spot.y };
    }
  }
  return origin;
}

/** Whether two rectangles come closer than `gap` (touching at exactly `gap` is fine). */
export function rectsTouch(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
  );
}

function respectsBorder(item: Rect, border: Rect): boolean {
  const inside =
    item.x >= border.x &&
    item.y >= border.y &&
    item.x + item.w <= border.x + border.w &&
    item.y + item.h <= border.y + border.h;
  return inside || !rectsTouch(item, border, 0);
}

const offsetCache = new Map<number, readonly Point[]>();

/** Every grid offset within `reach` steps, nearest first. */
function offsetsByDistance(reach: number): readonly Point[] {
  const cached = offsetCache.get(reach);
  if (cached) return cached;
  const offsets: Point[] = [];
  for (let y = -reach; y <= reach; y++) {
    for (let x = -reach; x <= reach; x++) offsets.push({ x, y });
  }
  offsets.sort((a, b) => a.x ** 2 + a.y ** 2 - (b.x ** 2 + b.y ** 2) || a.y - b.y || a.x - b.x);
  offsetCache.set(reach, offsets);
  return offsets;
}
