import type { Rect, Viewport } from "@tavolo/shared";

/** Screen pixels rendered beyond each edge of the view, so a short pan shows no empty border. */
export const CULL_MARGIN_PX = 300;

/** Whether two boxes overlap (touching edges count, so a note on the border is kept). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** The largest power of two not above `value` (at least 1). */
function floorPow2(value: number): number {
  return value < 2 ? 1 : 2 ** Math.floor(Math.log2(value));
}

/**
 * The board area whose items are rendered: the view in board units, grown by `marginPx` screen
 * pixels each side, then widened outward to a grid of a quarter of its size (a power of two).
 * The grid is what keeps a pan cheap: the area, and so the rendered set, changes only when the
 * view crosses a grid line, not on every frame. Empty canvas (not yet measured): no area.
 */
export function cullArea(
  view: Viewport,
  size: { w: number; h: number },
  marginPx = CULL_MARGIN_PX,
): Rect | null {
  if (size.w <= 0 || size.h <= 0 || view.zoom <= 0) return null;
  const margin = marginPx / view.zoom;
  const left = view.x - margin;
  const top = view.y - margin;
  const right = view.x + size.w / view.zoom + margin;
  const bottom = view.y + size.h / view.zoom + margin;
  const grid = floorPow2(Math.max(right - left, bottom - top) / 4);
  const x = Math.floor(left / grid) * grid;
  const y = Math.floor(top / grid) * grid;
  return {
    x,
    y,
    w: Math.ceil(right / grid) * grid - x,
    h: Math.ceil(bottom / grid) * grid - y,
  };
}

/**
 * The ids of `items` (in their order) to render: those meeting `area`, plus every id in `keep`
 * (the selection, the note being edited, the one with focus) wherever it is, so that focus and
 * an ongoing edit or drag never lose their element. No area yet: everything.
 */
export function visibleIds(
  items: readonly (Rect & { id: string })[],
  area: Rect | null,
  keep: ReadonlySet<string>,
): string[] {
  if (!area) return items.map((item) => item.id);
  return items.filter((item) => keep.has(item.id) || intersects(item, area)).map((item) => item.id);
}
