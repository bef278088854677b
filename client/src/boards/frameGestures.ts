import type { BoardFrame } from "@tavolo/shared";
import type { KeyboardEvent, PointerEvent } from "react";
import type { BoardContextValue } from "./boardContext.ts";
import { resizeFrame, shiftFrame } from "./structureActions.ts";
import { track } from "./useNoteGestures.ts";

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Turns pointer deltas (fractions of a board unit at most zooms) into whole-unit steps, so the
 * frame and the notes it carries stay on integer coordinates like notes moved on their own.
 */
export function wholeSteps(apply: (dx: number, dy: number) => void) {
  let rest = { x: 0, y: 0 };
  return (dx: number, dy: number) => {
    rest = { x: rest.x + dx, y: rest.y + dy };
    const step = { x: Math.trunc(rest.x), y: Math.trunc(rest.y) };
    if (step.x === 0 && step.y === 0) return;
    rest = { x: rest.x - step.x, y: rest.y - step.y };
    apply(step.x, step.y);
  };
}

/** Dragging a frame by its title bar: the frame and what it holds move together, one undo step. */
export function dragFrame(event: PointerEvent, board: BoardContextValue, frame: BoardFrame): void {
  event.stopPropagation();
  const move = wholeSteps((dx, dy) => shiftFrame(board, frame, dx, dy));
  track(event, board.zoom.current, board.undo.undoManager, move);
}

/** Dragging a frame's corner handle resizes it (its notes stay where they are). */
export function dragFrameCorner(
  event: PointerEvent,
  board: BoardContextValue,
  frame: BoardFrame,
): void {
  event.stopPropagation();
  let size = { w: frame.w, h: frame.h };
  track(event, board.zoom.current, board.undo.undoManager, (dx, dy) => {
    size = { w: size.w + dx, h: size.h + dy };
    resizeFrame(board, frame, size.w, size.h);
  });
}

/** Arrows move the frame (Shift: further); Alt+Shift+arrows resize it, as on notes. */
export function frameKey(event: KeyboardEvent, board: BoardContextValue, frame: BoardFrame): void {
  const arrow = ARROWS[event.key];
  if (!arrow || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  event.stopPropagation();
  if (event.altKey && event.shiftKey) {
    resizeFrame(board, frame, frame.w + arrow[0] * 40, frame.h + arrow[1] * 40);
    return;
  }
  if (event.altKey) return;
  const step = event.shiftKey ? 100 : 20;
  board.undo.undoManager.stopCapturing();
  shiftFrame(board, frame, arrow[0] * step, arrow[1] * step);
}
