import { z } from "zod";

/**
 * Board coordinates are world units (CSS pixels at zoom 1). They are bounded so that a hostile
 * client cannot push a note to 1e308 and make every "fit to content" useless.
 */
export const BOARD_COORDINATE_LIMIT = 1_000_000;
export const CoordinateSchema = z.number().min(-BOARD_COORDINATE_LIMIT).max(BOARD_COORDINATE_LIMIT);
export const SizeSchema = z.number().positive().max(100_000);

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle: top-left corner and size, as every board item stores it. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What part of the board a screen shows: the world point at its top-left corner and the zoom. */
export const ViewportSchema = z.object({
  x: CoordinateSchema,
  y: CoordinateSchema,
  zoom: z.number().min(0.01).max(100),
});
export type Viewport = z.infer<typeof ViewportSchema>;

export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
}

/** Edges count as inside, so a note dropped exactly on a frame's border belongs to it. */
export function containsPoint(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.w &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.h
  );
}

/**
 * An item belongs to a region when its centre lies in it: a note half over a frame's edge
 * goes to whichever side most of it is on, which is what people expect when they drop it.
 */
export function isCentreInside(item: Rect, region: Rect): boolean {
  return containsPoint(region, centreOf(item));
}

export function areaOf(rect: Rect): number {
  return rect.w * rect.h;
}

/** The smallest rectangle holding every given one, or null when there is nothing. */
export function unionBounds(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const rect of rects) {
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.w);
    bottom = Math.max(bottom, rect.y + rect.h);
  }
  return { x: left, y: top, w: right - left, h: bottom - top };
}

export interface FitOptions {
  /** Screen pixels kept free around the content. */
  padding?: number;
  minZoom?: number;
  /** Caps the zoom so a board with one note does not blow it up to fill the screen. */
  maxZoom?: number;
}

/**
 * The viewport that shows `bounds` whole and centred on a screen of the given size ("fit to
 * content"). An empty board gets zoom 1 at the origin.
 */
export function fitViewport(
  bounds: Rect | null,
  screen: { width: number; height: number },
  options: FitOptions = {},
): Viewport {
  const { padding = 48, minZoom = 0.1, maxZoom = 2 } = options;
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  const usableW = Math.max(1, screen.width - 2 * padding);
  const usableH = Math.max(1, screen.height - 2 * padding);
  const fit = Math.min(usableW / Math.max(bounds.w, 1), usableH / Math.max(bounds.h, 1));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  const centre = centreOf(bounds);
  return {
    x: centre.x - screen.width / (2 * zoom),
    y: centre.y - screen.height / (2 * zoom),
    zoom,
  };
}

/**
 * Reading order for keyboard and screen-reader navigation: top to bottom, then left to right
 * within a row. Items whose top lies above the middle of a row's first item share that row, so
 * notes placed by hand a few pixels apart still read as one line.
 */
export function readingOrder<T extends Rect & { id: string }>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.y - b.y || a.x - b.x || compareIds(a.id, b.id));
  const rows: T[][] = [];
  let rowMiddle = Number.NEGATIVE_INFINITY;
  for (const item of byTop) {
    const row = rows.at(-1);
    if (row && item.y <= rowMiddle) {
      row.push(item);
    } else {
      rows.push([item]);
      rowMiddle = item.y + item.h / 2;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x || compareIds(a.id, b.id)));
}

/** A locale-independent comparison, so every client breaks ties the same way. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
