import type { Viewport } from "@tavolo/shared";
import type { KeyboardEvent, RefObject } from "react";
import type { BoardContextValue } from "./boardContext.ts";
import { toolInsets } from "./layout/toolInsets.ts";
import { contentRects, createNote, duplicateNotes, removeNotes } from "./noteActions.ts";
import { fitTo, viewCentre, zoomAt } from "./viewport.ts";

type SetViewport = (update: (view: Viewport) => Viewport) => void;

/** The board's commands, shared by the toolbar buttons and the keyboard shortcuts. */
export function boardCommands(
  board: BoardContextValue,
  canvas: RefObject<HTMLElement | null>,
  view: () => Viewport,
  setViewport: SetViewport,
) {
  const size = () => ({
    w: canvas.current?.clientWidth ?? 0,
    h: canvas.current?.clientHeight ?? 0,
  });
  const zoomBy = (factor: number) => {
    const { w, h } = size();
    setViewport((view) => zoomAt(view, factor, { x: w / 2, y: h / 2 }));
  };
  const focusNote = (id: string) =>
    requestAnimationFrame(() =>
      canvas.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`)?.focus(),
    );
  return {
    newNote: () => {
      const id = createNote(board, viewCentre(view(), size()));
      if (id) {
        board.selection.set([id]);
        board.setEditing(id);
      }
    },
    zoomIn: () => zoomBy(1.25),
    zoomOut: () => zoomBy(0.8),
    fit: () => {
      const rects = contentRects(board.rooms.board.doc);
      const insets = toolInsets(canvas.current);
      setViewport((view) => fitTo(view, rects, size(), insets));
    },
    clearSelection: () => board.selection.set([]),
    undo: () => board.undo.undoManager.undo(),
    redo: () => board.undo.undoManager.redo(),
    duplicate: () => {
      const ids = duplicateNotes(board, board.selection.current);
      board.selection.set(ids);
      if (ids[0]) focusNote(ids[0]);
    },
    remove: () => {
      removeNotes(board, board.selection.current);
      board.selection.set([]);
      canvas.current?.focus();
    },
  };
}

export type BoardCommands = ReturnType<typeof boardCommands>;

/** Keyboard shortcuts on the canvas (notes handle their own arrows, Enter and Delete first). */
export function onBoardKey(event: KeyboardEvent<HTMLElement>, commands: BoardCommands): void {
  if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) {
    return;
  }
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const action = mod
    ? { z: event.shiftKey ? commands.redo : commands.undo, y: commands.redo }[key]
    : {
        n: commands.newNote,
        "+": commands.zoomIn,
        "=": commands.zoomIn,
        "-": commands.zoomOut,
        "0": commands.fit,
        escape: commands.clearSelection,
      }[key];
  if (!action || event.altKey) return;
  event.preventDefault();
  action();
}
