import type { Viewport } from "@tavolo/shared";
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

export type SetViewport = (update: (view: Viewport) => Viewport) => void;
/** Draws a viewport straight onto the page (style writes), outside React. */
export type ViewPainter = (view: Viewport) => void;

/**
 * How often, at most, React re-renders for a moving view. The world layer and the dot grid follow
 * every wheel, pinch and drag event through the painters; what React draws from the viewport
 * (which notes are culled in, the minimap's outline, the zoom figure) can trail by this much:
 * re-rendering the board on every event of a pan cost more than a frame (server/bench/board-render).
 */
const COMMIT_MS = 80;

/**
 * How long after the view last moved the world layer stays a compositor layer of its own: while
 * it moves, the GPU shifts and scales what is already painted instead of repainting every note;
 * once still, it is painted again at the new zoom, so text is sharp.
 */
const SETTLE_MS = 200;

export interface LiveViewport {
  /** The view as React last rendered it. */
  viewport: Viewport;
  /** The view now, for pointer maths and commands. */
  live: RefObject<Viewport>;
  setViewport: SetViewport;
  /** Registers a painter, runs it with the current view, and returns its removal. */
  onPaint: (paint: ViewPainter) => () => void;
  /** Whether a pan or zoom is going on: the view changed twice in a row within SETTLE_MS. */
  moving: () => boolean;
}

/** The board's viewport: painted at once on every change, handed to React at most every COMMIT_MS. */
export function useLiveViewport(initial: Viewport): LiveViewport {
  const live = useRef(initial);
  const [viewport, setCommitted] = useState(initial);
  const painters = useRef(new Set<ViewPainter>());
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastCommit = useRef(0);
  const changes = useRef({ at: Number.NEGATIVE_INFINITY, streaming: false });
  const setViewport = useCallback<SetViewport>((update) => {
    const next = update(live.current);
    if (sameView(next, live.current)) return;
    live.current = next;
    const now = performance.now();
    changes.current = { at: now, streaming: now - changes.current.at < SETTLE_MS };
    for (const paint of painters.current) paint(next);
    if (pending.current !== null) return;
    const commit = () => {
      pending.current = null;
      lastCommit.current = performance.now();
      setCommitted(live.current);
    };
    // A lone change (a button, a key, a jump) renders at once; a stream of them every COMMIT_MS.
    const wait = lastCommit.current + COMMIT_MS - performance.now();
    if (wait <= 0) commit();
    else pending.current = setTimeout(commit, wait);
  }, []);
  const onPaint = useCallback((paint: ViewPainter) => {
    painters.current.add(paint);
    paint(live.current);
    return () => {
      painters.current.delete(paint);
    };
  }, []);
  const moving = useCallback(
    () => changes.current.streaming && performance.now() - changes.current.at < SETTLE_MS,
    [],
  );
  return { viewport, live, setViewport, onPaint, moving };
}

function sameView(a: Viewport, b: Viewport): boolean {
  return a.x === b.x && a.y === b.y && a.zoom === b.zoom;
}

/** The zoom on screen, in percent, following every change (the toolbar shows it). */
export function useLiveZoomPercent(onPaint: LiveViewport["onPaint"]): number {
  const [percent, setPercent] = useState(100);
  useEffect(() => onPaint((view) => setPercent(Math.round(view.zoom * 100))), [onPaint]);
  return percent;
}

/** The dot grid's spacing on the canvas at zoom 1, px. */
const GRID_PX = 24;

/** Paints the view onto the world layer (transform) and the canvas (dot grid) on every change. */
export function useViewPainter(
  onPaint: LiveViewport["onPaint"],
  canvas: RefObject<HTMLElement | null>,
  world: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    let first = true;
    const stop = onPaint((view) => {
      const layer = world.current;
      const surface = canvas.current;
      if (!layer || !surface) return;
      const { x, y, zoom } = view;
      layer.style.transform = `translate(${-x * zoom}px, ${-y * zoom}px) scale(${zoom})`;
      surface.style.backgroundSize = `${GRID_PX * zoom}px ${GRID_PX * zoom}px`;
      surface.style.backgroundPosition = `${-x * zoom}px ${-y * zoom}px`;
      if (first) {
        first = false;
        return;
      }
      layer.classList.add("is-moving");
      clearTimeout(settle);
      settle = setTimeout(() => layer.classList.remove("is-moving"), SETTLE_MS);
    });
    return () => {
      clearTimeout(settle);
      stop();
    };
  }, [onPaint, canvas, world]);
}
