import {
  type BoardNote,
  boardCollection,
  canEdit,
  deleteNotes,
  frameOf,
  NOTE_DEFAULT_SIZE,
  type NoteColourChoice,
  placeInFreeSpace,
  placeNote,
  type Rect,
  readFrames,
  readLabels,
  readNote,
  readNotes,
  setDraftText,
  updateNote,
} from "@tavolo/shared";
import * as Y from "yjs";
import type { BoardContextValue } from "./boardContext.ts";

/** What the note actions need from the board context (a test builds it without a server). */
export type NoteActionContext = Pick<
  BoardContextValue,
  "actor" | "author" | "undo" | "locks" | "privateWritingActive"
> & {
  rooms: {
    board: { doc: Y.Doc; readOnly: boolean };
    private: { doc: Y.Doc } | null;
  };
};
type Ctx = NoteActionContext;

/**
 * Runs one discrete edit as its own undo step: Ctrl+Z after "write, then delete" brings the note
 * back instead of undoing both at once (edits closer than the capture timeout would merge).
 */
export function step<T>(ctx: Ctx, edit: () => T): T {
  ctx.undo.undoManager.stopCapturing();
  const result = ctx.undo.transact(edit);
  ctx.undo.undoManager.stopCapturing();
  return result;
}

/** Whether this person may do `operation` to the note, by the board's rules (see canEdit). */
export function mayEditNote(
  ctx: Ctx,
  note: BoardNote,
  operation: "move" | "editText" | "style" | "delete",
): boolean {
  const frame = frameOf(note, readFrames(ctx.rooms.board.doc));
  const target = { kind: "note" as const, authorId: note.authorId, frameId: frame?.id ?? null };
  return !ctx.rooms.board.readOnly && canEdit(ctx.actor, operation, target, ctx.locks);
}

export function mayCreate(ctx: Ctx): boolean {
  const target = { kind: "note" as const, authorId: null, frameId: null };
  return !ctx.rooms.board.readOnly && canEdit(ctx.actor, "create", target, ctx.locks);
}

/** Whether a note may be placed at `rect`: not in a frame locked against this person. */
function mayCreateIn(ctx: Ctx, rect: Rect): boolean {
  const frame = frameOf(rect, readFrames(ctx.rooms.board.doc));
  const target = { kind: "note" as const, authorId: null, frameId: frame?.id ?? null };
  return canEdit(ctx.actor, "create", target, ctx.locks);
}

/** Places a note in free space near `at`; hidden while private writing is on. Returns its id. */
export function createNote(ctx: Ctx, at: { x: number; y: number }, text = ""): string | null {
  const privateDoc = ctx.rooms.private?.doc;
  if (!mayCreate(ctx) || !privateDoc) return null;
  const input = { text, ...freeSpot(ctx.rooms.board.doc, at) };
  if (!mayCreateIn(ctx, { ...input, ...NOTE_DEFAULT_SIZE })) return null;
  const note = step(ctx, () =>
    placeNote(
      { board: ctx.rooms.board.doc, privateDoc },
      { active: ctx.privateWritingActive },
      input,
      ctx.author,
    ),
  );
  return note.id;
}

/**
 * Where a new note goes: as near `at` as there is room, clear of the other notes and labels and
 * wholly inside or outside each frame (see placeInFreeSpace).
 */
function freeSpot(board: Y.Doc, at: { x: number; y: number }): { x: number; y: number } {
  const obstacles = [...readNotes(board), ...readLabels(board)];
  return placeInFreeSpace(NOTE_DEFAULT_SIZE, at, { obstacles, borders: readFrames(board) });
}

/** Sets a note's text: in the private room while it is hidden, on the board otherwise. */
export function setNoteText(ctx: Ctx, note: BoardNote, text: string): void {
  if (note.hidden) {
    const privateDoc = ctx.rooms.private?.doc;
    if (privateDoc && note.authorId === ctx.actor.personId) setDraftText(privateDoc, note.id, text);
    return;
  }
  if (mayEditNote(ctx, note, "editText")) {
    step(ctx, () => updateNote(ctx.rooms.board.doc, note.id, { text }));
  }
}

export function moveNotes(ctx: Ctx, ids: Iterable<string>, dx: number, dy: number): void {
  const board = ctx.rooms.board.doc;
  ctx.undo.transact(() => {
    for (const id of ids) {
      const note = readNote(board, id);
      if (note && mayEditNote(ctx, note, "move")) {
        updateNote(board, id, { x: Math.round(note.x + dx), y: Math.round(note.y + dy) });
      }
    }
  });
}

export function resizeNote(ctx: Ctx, note: BoardNote, w: number, h: number): void {
  if (!mayEditNote(ctx, note, "style")) return;
  const size = { w: Math.round(Math.max(120, w)), h: Math.round(Math.max(80, h)) };
  ctx.undo.transact(() => updateNote(ctx.rooms.board.doc, note.id, size));
}

export function colourNotes(ctx: Ctx, ids: Iterable<string>, colour: NoteColourChoice): void {
  const board = ctx.rooms.board.doc;
  step(ctx, () => {
    for (const id of ids) {
      const note = readNote(board, id);
      if (note && mayEditNote(ctx, note, "style")) updateNote(board, id, { colour });
    }
  });
}

export function removeNotes(ctx: Ctx, ids: Iterable<string>): void {
  const board = ctx.rooms.board.doc;
  const allowed = [...ids].filter((id) => {
    const note = readNote(board, id);
    return note !== null && mayEditNote(ctx, note, "delete");
  });
  if (allowed.length > 0) step(ctx, () => deleteNotes(board, allowed));
}

/** Copies notes next to the originals, as this person's notes; returns the new ids. */
export function duplicateNotes(ctx: Ctx, ids: Iterable<string>): string[] {
  const board = ctx.rooms.board.doc;
  const created: string[] = [];
  for (const id of ids) {
    const note = readNote(board, id);
    if (!note || note.hidden) continue;
    const copy = createNote(ctx, { x: note.x + 130, y: note.y + 110 }, note.text);
    if (!copy) continue;
    ctx.undo.transact(() => updateNote(board, copy, { colour: note.colour, w: note.w, h: note.h }));
    created.push(copy);
  }
  return created;
}

/** Every note and frame rectangle, for "fit to content". */
export function contentRects(board: Y.Doc) {
  const rects: { x: number; y: number; w: number; h: number }[] = [];
  for (const name of ["notes", "frames", "labels"] as const) {
    for (const fields of boardCollection(board, name).values()) {
      if (!(fields instanceof Y.Map)) continue;
      const { x, y, w, h } = fields.toJSON() as Record<string, unknown>;
      if ([x, y, w, h].every((v) => typeof v === "number")) {
        rects.push({ x: Number(x), y: Number(y), w: Number(w), h: Number(h) });
      }
    }
  }
  return rects;
}
