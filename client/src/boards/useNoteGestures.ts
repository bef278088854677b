import type { BoardNote } from "@tavolo/shared";
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from "react";
import { type BoardContextValue, useBoard } from "./boardContext.ts";
import { duplicateNotes, mayEditNote, moveNotes, removeNotes, resizeNote } from "./noteActions.ts";

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Follows the pointer until it is released, calling `onMove` with the board distance moved; the
 * whole drag is one undo step.
 */
function track(
  event: PointerEvent,
  zoom: number,
  undo: { stopCapturing: () => void },
  onMove: (dx: number, dy: number) => void,
) {
  undo.stopCapturing();
  let last = { x: event.clientX, y: event.clientY };
  const move = (e: globalThis.PointerEvent) => {
    onMove((e.clientX - last.x) / zoom, (e.clientY - last.y) / zoom);
    last = { x: e.clientX, y: e.clientY };
  };
  const up = () => {
    undo.stopCapturing();
    window.removeEventListener("pointermove", move);
    window.removeEventListener("pointerup", up);
  };
  window.addEventListener("pointermove", move);
  window.addEventListener("pointerup", up);
}

function canType(board: BoardContextValue, note: BoardNote): boolean {
  if (note.hidden) return note.authorId === board.actor.personId && board.rooms.private !== null;
  return mayEditNote(board, note, "editText");
}

/** Pointer and keyboard handling of one note: select, drag, resize, edit, move, delete. */
export function useNoteGestures(note: BoardNote | null) {
  const board = useBoard();
  const { selection } = board;
  if (!note) return {};
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || board.editing === note.id) return;
    event.stopPropagation();
    if (event.shiftKey) selection.toggle(note.id);
    else if (!selection.current.has(note.id)) selection.set([note.id]);
    const zoom = board.zoom.current;
    if (event.target instanceof HTMLElement && event.target.dataset.resize) {
      let size = { w: note.w, h: note.h };
      track(event, zoom, board.undo.undoManager, (dx, dy) => {
        size = { w: size.w + dx, h: size.h + dy };
        resizeNote(board, note, size.w, size.h);
      });
      return;
    }
    track(event, zoom, board.undo.undoManager, (dx, dy) =>
      moveNotes(board, selection.current, dx, dy),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const arrow = ARROWS[event.key];
    if (arrow && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      const step = event.shiftKey ? 50 : 10;
      const ids = selection.current.has(note.id) ? selection.current : [note.id];
      moveNotes(board, ids, arrow[0] * step, arrow[1] * step);
      return;
    }
    if (event.key === "Enter" && canType(board, note)) {
      event.preventDefault();
      event.stopPropagation();
      board.setEditing(note.id);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      event.stopPropagation();
      removeNotes(board, selection.current.has(note.id) ? selection.current : [note.id]);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "d") {
      event.preventDefault();
      event.stopPropagation();
      selection.set(duplicateNotes(board, selection.current.size ? selection.current : [note.id]));
    }
  };
  return {
    onPointerDown,
    onKeyDown,
    onDoubleClick: (event: MouseEvent<HTMLDivElement>) => {
      event.stopPropagation();
      if (canType(board, note)) board.setEditing(note.id);
    },
    onFocus: (event: FocusEvent<HTMLDivElement>) => {
      if (event.target === event.currentTarget && !selection.current.has(note.id)) {
        selection.set([note.id]);
      }
    },
  };
}
