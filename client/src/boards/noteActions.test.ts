import {
  createBoardUndo,
  NO_LOCKS,
  type Role,
  readDrafts,
  readNote,
  readNotes,
} from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createNote,
  moveNotes,
  type NoteActionContext,
  removeNotes,
  setNoteText,
} from "./noteActions.ts";

function board(role: Role = "referente", privateWritingActive = false): NoteActionContext {
  const doc = new Y.Doc();
  return {
    rooms: { board: { doc, readOnly: false }, private: { doc: new Y.Doc() } },
    actor: { personId: "anna", role },
    author: { personId: "anna", displayName: "Anna Rossi", organisationId: "coop" },
    undo: createBoardUndo(doc),
    locks: NO_LOCKS,
    privateWritingActive,
  };
}

const only = (ctx: NoteActionContext) => {
  const [note, ...rest] = readNotes(ctx.rooms.board.doc);
  if (!note || rest.length > 0) throw new Error("expected exactly one note");
  return note;
};

describe("note actions", () => {
  it("undoes a delete as its own step: the note comes back with its text", () => {
    const ctx = board();
    createNote(ctx, { x: 300, y: 300 });
    setNoteText(ctx, only(ctx), "Orti condivisi");
    moveNotes(ctx, [only(ctx).id], 10, 0);
    removeNotes(ctx, [only(ctx).id]);
    expect(readNotes(ctx.rooms.board.doc)).toEqual([]);
    ctx.undo.undoManager.undo();
    expect(only(ctx)).toMatchObject({ text: "Orti condivisi", x: 210 });
  });

  it("keeps a note's text in the private room while private writing is on", () => {
    const ctx = board("referente", true);
    createNote(ctx, { x: 0, y: 0 });
    const note = only(ctx);
    setNoteText(ctx, note, "Alloggio sfitto");
    expect(readNote(ctx.rooms.board.doc, note.id)).toMatchObject({ hidden: true, text: "" });
    const privateDoc = ctx.rooms.private?.doc ?? new Y.Doc();
    expect(readDrafts(privateDoc).get(note.id)).toBe("Alloggio sfitto");
  });

  it("never stacks a new note exactly on another one", () => {
    const ctx = board();
    createNote(ctx, { x: 500, y: 500 });
    createNote(ctx, { x: 500, y: 500 });
    const [a, b] = readNotes(ctx.rooms.board.doc);
    expect(a && b && (a.x !== b.x || a.y !== b.y)).toBe(true);
  });

  it("lets nobody but the author edit a note's text, and observers create nothing", () => {
    const ctx = board();
    createNote(ctx, { x: 0, y: 0 }, "di Anna");
    const other = { ...ctx, actor: { personId: "bruno", role: "redattore" as const } };
    setNoteText(other, only(ctx), "riscritto");
    expect(only(ctx).text).toBe("di Anna");
    const observer = { ...ctx, actor: { personId: "olga", role: "osservatore" as const } };
    expect(createNote(observer, { x: 900, y: 900 })).toBeNull();
  });
});
