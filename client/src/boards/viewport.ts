import { type Rect, unionBounds, type Viewport } from "@tavolo/shared";

export const ZOOM_MIN = 0.1;
export const ZOOM_MAX = 4;
export const INITIAL_VIEWPORT: Viewport = { x: -40, y: -40, zoom: 0.6 };

const clampZoom = (zoom: number) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom));

/** The board point under a screen point (relative to the canvas's top-left corner). */
export function toWorld(view: Viewport, screen: { x: number; y: number }) {
  return { x: view.x + screen.x / view.zoom, y: view.y + screen.y / view.zoom };
}

/** Zooms by `factor` keeping the board point under `anchor` (a screen point) where it is. */
export function zoomAt(view: Viewport, factor: number, anchor: { x: number; y: number }): Viewport {
  const zoom = clampZoom(view.zoom * factor);
  const world = toWorld(view, anchor);
  return { x: world.x - anchor.x / zoom, y: world.y - anchor.y / zoom, zoom };
}

/** Moves the view by a screen distance. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { ...view, x: view.x - dx / view.zoom, y: view.y - dy / view.zoom };
}

/** Canvas pixels covered by the tools floating along its top and bottom edges. */
export interface ToolInsets {
  top: number;
  bottom: number;
}

const NO_INSETS: ToolInsets = { top: 0, bottom: 0 };

/**
 * The view that shows every rect with a margin, in a canvas of `size`, between the floating
 * tools (`insets`), so no toolbar covers a frame's title; unchanged if there is nothing to show.
 */
export function fitTo(
  view: Viewport,
  rects: readonly Rect[],
  size: { w: number; h: number },
  insets: ToolInsets = NO_INSETS,
): Viewport {
  const bounds = unionBounds(rects);
  const height = size.h - insets.top - insets.bottom;
  if (!bounds || size.w === 0 || height <= 0) return view;
  const margin = 40;
  const zoom = clampZoom(
    Math.min((size.w - 2 * margin) / bounds.w, (height - 2 * margin) / bounds.h),
  );
  return {
    x: bounds.x - (size.w / zoom - bounds.w) / 2,
    y: bounds.y - (height / zoom - bounds.h) / 2 - insets.top / zoom,
    zoom,
  };
}

/** The board point at the centre of the canvas: where a note made from the keyboard goes. */
export function viewCentre(view: Viewport, size: { w: number; h: number }) {
  return toWorld(view, { x: size.w / 2, y: size.h / 2 });
}
