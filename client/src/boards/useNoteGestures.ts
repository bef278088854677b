import type { BoardNote } from "@tavolo/shared";
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from "react";
import { type BoardContextValue, useBoard } from "./boardContext.ts";
import { requestStructure } from "./keyboard/structureCommands.ts";
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
export function track(
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

/**
 * What a key does on a focused note: arrows move it (Shift: further), Alt+Shift+arrows resize
 * it, Enter edits, Space (also with Shift or Ctrl) adds it to or drops it from the picked
 * selection, Escape empties it, G groups and C connects the selection (through the structure
 * toolbar), Delete removes, Ctrl+D duplicates. Moves, deletes and duplicates apply to the selection when the note is in it.
 */
function noteKeyAction(
  event: KeyboardEvent,
  board: BoardContextValue,
  note: BoardNote,
): (() => void) | null {
  const { selection } = board;
  const ids = () => (selection.current.has(note.id) ? selection.current : [note.id]);
  const arrow = ARROWS[event.key];
  const mod = event.ctrlKey || event.metaKey;
  if (arrow && event.altKey && event.shiftKey && !mod) {
    return () => resizeNote(board, note, note.w + arrow[0] * 20, note.h + arrow[1] * 20);
  }
  if (arrow && !event.altKey && !mod) {
    const step = event.shiftKey ? 50 : 10;
    return () => moveNotes(board, ids(), arrow[0] * step, arrow[1] * step);
  }
  if (event.key === "Enter" && canType(board, note)) return () => board.setEditing(note.id);
  if (event.key === " " && !event.altKey) return () => selection.toggle(note.id);
  if (event.key === "Escape" && selection.current.size > 0) return () => selection.set([]);
  if (event.key === "Delete" || event.key === "Backspace") return () => removeNotes(board, ids());
  const plain = !mod && !event.altKey && !event.shiftKey;
  if (plain && event.key.toLowerCase() === "g") return () => requestStructure("group");
  if (plain && event.key.toLowerCase() === "c") return () => requestStructure("connect");
  if (mod && event.key.toLowerCase() === "d") {
    return () => selection.set(duplicateNotes(board, ids()));
  }
  return null;
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
    const action = noteKeyAction(event, board, note);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  return {
    onPointerDown,
    onKeyDown,
    onDoubleClick: (event: MouseEvent<HTMLDivElement>) => {
      event.stopPropagation();
      if (canType(board, note)) board.setEditing(note.id);
    },
    onFocus: (event: FocusEvent<HTMLDivElement>) => {
      // Tab keeps notes picked with Space (or Shift+click) and otherwise selects the focused one.
      if (event.target === event.currentTarget) selection.follow(note.id);
    },
  };
}
