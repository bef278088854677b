import type { Viewport } from "@tavolo/shared";
import { type RefObject, useEffect, useRef } from "react";
import { panBy, zoomAt } from "./viewport.ts";

/**
 * Wheel and pinch zoom around the pointer (shift+wheel pans), registered as a non-passive
 * listener so the page itself does not scroll or zoom; and whether the space bar is held, for
 * space+drag panning over notes.
 */
export function useCanvasInput(
  canvas: RefObject<HTMLElement | null>,
  setViewport: (update: (view: Viewport) => Viewport) => void,
) {
  const space = useRef(false);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const anchor = { x: event.clientX - box.left, y: event.clientY - box.top };
      if (event.shiftKey) {
        setViewport((view) => panBy(view, -event.deltaY, -event.deltaX));
        return;
      }
      const factor = Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.0015));
      setViewport((view) => zoomAt(view, factor, anchor));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === " " && !(event.target instanceof HTMLTextAreaElement)) {
        space.current = event.type === "keydown";
      }
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    window.addEventListener("keydown", onKey);
    window.addEventListener("keyup", onKey);
    return () => {
      element.removeEventListener("wheel", onWheel);
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("keyup", onKey);
    };
  }, [canvas, setViewport]);
  return space;
}

/** Drags the view with the pointer until it is released. */
export function dragToPan(
  event: { clientX: number; clientY: number },
  setViewport: (update: (view: Viewport) => Viewport) => void,
): void {
  let last = { x: event.clientX, y: event.clientY };
  const move = (e: PointerEvent) => {
    const dx = e.clientX - last.x;
    const dy = e.clientY - last.y;
    last = { x: e.clientX, y: e.clientY };
    setViewport((view) => panBy(view, dx, dy));
  };
  const up = () => {
    window.removeEventListener("pointermove", move);
    window.removeEventListener("pointerup", up);
  };
  window.addEventListener("pointermove", move);
  window.addEventListener("pointerup", up);
}
