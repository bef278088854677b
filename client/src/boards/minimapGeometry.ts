import { type Point, type Rect, unionBounds, type Viewport } from "@tavolo/shared";

/** The part of the board the canvas shows now, in board units. */
export function visibleRect(view: Viewport, size: { w: number; h: number }): Rect {
  return { x: view.x, y: view.y, w: size.w / view.zoom, h: size.h / view.zoom };
}

/**
 * What the minimap draws: all the content and the visible area, with a margin, so the viewport
 * frame stays on the map even when someone has wandered far from the notes. The visible area
 * counts rounded outward to a tenth of the content's size: a pan past the content's edge
 * redraws the whole map only when it crosses such a step, not on every frame.
 */
export function minimapBounds(content: readonly Rect[], visible: Rect): Rect {
  const inner = unionBounds(content);
  const step = inner ? Math.max(inner.w, inner.h) / 10 : 0;
  const shown = step > 0 ? snapOutward(visible, step) : visible;
  const bounds = unionBounds([...content, shown]) ?? visible;
  const margin = Math.max(bounds.w, bounds.h) * 0.04;
  return {
    x: bounds.x - margin,
    y: bounds.y - margin,
    w: bounds.w + 2 * margin,
    h: bounds.h + 2 * margin,
  };
}

function snapOutward(rect: Rect, step: number): Rect {
  const x = Math.floor(rect.x / step) * step;
  const y = Math.floor(rect.y / step) * step;
  return {
    x,
    y,
    w: Math.ceil((rect.x + rect.w) / step) * step - x,
    h: Math.ceil((rect.y + rect.h) / step) * step - y,
  };
}

/** The same zoom, moved so that `point` (board units) is at the centre of the canvas. */
export function centreOn(view: Viewport, point: Point, size: { w: number; h: number }): Viewport {
  return {
    x: point.x - size.w / (2 * view.zoom),
    y: point.y - size.h / (2 * view.zoom),
    zoom: view.zoom,
  };
}
