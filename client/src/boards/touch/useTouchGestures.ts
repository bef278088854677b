import type { Viewport } from "@tavolo/shared";
import { type RefObject, useEffect, useRef } from "react";
import { LONG_PRESS_MS, movedTooFar, pinchStep, type ScreenPoint } from "./pinch.ts";

type SetViewport = (update: (view: Viewport) => Viewport) => void;

/** Where a finger may rest to make a note: the board's background, not a note or a tool. */
function isBackground(target: EventTarget | null, canvas: HTMLElement): boolean {
  if (!(target instanceof Element)) return false;
  return target === canvas || target.classList.contains("tavolo-world");
}

/**
 * Touch on the board, with Pointer Events: one finger keeps doing what the mouse does (drag a
 * note, drag the view — BoardCanvas's handlers); a second finger turns the gesture into pinch
 * zoom and two-finger pan, and holds back the first finger's drag until both lift; a finger
 * resting on the background makes a new note there (`onLongPress`, canvas coordinates).
 */
export function useTouchGestures(
  canvasRef: RefObject<HTMLElement | null>,
  setViewport: SetViewport,
  onLongPress: (at: ScreenPoint) => void,
): void {
  const longPress = useRef(onLongPress);
  longPress.current = onLongPress;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const fingers = new Map<number, ScreenPoint>();
    let pinching = false;
    let press: { start: ScreenPoint; timer: ReturnType<typeof setTimeout> } | null = null;
    const local = (event: PointerEvent) => {
      const box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    };
    const cancelPress = () => {
      if (press) clearTimeout(press.timer);
      press = null;
    };
    const down = (event: PointerEvent) => {
      if (event.pointerType !== "touch") return;
      const at = local(event);
      fingers.set(event.pointerId, at);
      if (fingers.size === 1) {
        if (!isBackground(event.target, canvas)) return;
        const timer = setTimeout(() => {
          press = null;
          longPress.current(at);
        }, LONG_PRESS_MS);
        press = { start: at, timer };
        return;
      }
      cancelPress();
      pinching = true;
      // The second finger neither selects nor starts a drag of its own.
      event.stopPropagation();
    };
    const move = (event: PointerEvent) => {
      const last = fingers.get(event.pointerId);
      if (event.pointerType !== "touch" || !last) return;
      const at = local(event);
      if (press && movedTooFar(press.start, at)) cancelPress();
      const pair = [...fingers.keys()].slice(0, 2);
      const before = pair.map((id) => fingers.get(id));
      fingers.set(event.pointerId, at);
      if (!pinching) return;
      // Until every finger lifts, the first finger's drag (of a note or the view) waits.
      event.stopImmediatePropagation();
      const after = pair.map((id) => fingers.get(id));
      const [b0, b1] = before;
      const [a0, a1] = after;
      if (pair.includes(event.pointerId) && b0 && b1 && a0 && a1) {
        setViewport((view) => pinchStep(view, [b0, b1], [a0, a1]));
      }
    };
    const up = (event: PointerEvent) => {
      if (!fingers.delete(event.pointerId)) return;
      cancelPress();
      if (fingers.size === 0) pinching = false;
    };
    const menu = (event: Event) => {
      if (fingers.size > 0) event.preventDefault();
    };
    canvas.addEventListener("pointerdown", down, { capture: true });
    canvas.addEventListener("contextmenu", menu);
    window.addEventListener("pointermove", move, { capture: true });
    window.addEventListener("pointerup", up, { capture: true });
    window.addEventListener("pointercancel", up, { capture: true });
    return () => {
      cancelPress();
      canvas.removeEventListener("pointerdown", down, { capture: true });
      canvas.removeEventListener("contextmenu", menu);
      window.removeEventListener("pointermove", move, { capture: true });
      window.removeEventListener("pointerup", up, { capture: true });
      window.removeEventListener("pointercancel", up, { capture: true });
    };
  }, [canvasRef, setViewport]);
}
