import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardCollection } from "./board-shape.ts";
import { readNote, readNotes, updateNote } from "./notes.ts";
import {
  addPrivateNote,
  endPrivateWriting,
  placeholderOf,
  placeNote,
  pruneDrafts,
  readDrafts,
  readPrivateWriting,
  revealAll,
  revealDrafts,
  setDraftText,
  startPrivateWriting,
  withOwnDrafts,
} from "./private-writing.ts";
import { ANNA, connectDocs, LUCA, T0 } from "./test-support.ts";

const SECRET = "Usare la palazzina di via Roma come casa d'accoglienza";

function workshop() {
  const annaBoard = new Y.Doc();
  const lucaBoard = new Y.Doc();
  connectDocs(annaBoard, lucaBoard);
  const annaPrivate = new Y.Doc();
  const note = addPrivateNote(annaBoard, annaPrivate, { text: SECRET, x: 40, y: 60 }, ANNA, {
    newId: () => "n1",
    now: T0,
  });
  return { annaBoard, lucaBoard, annaPrivate, note };
}

function decoded(doc: Y.Doc): string {
  return new TextDecoder().decode(Y.encodeStateAsUpdate(doc));
}

describe("private writing", () => {
  it("puts a placeholder with no text on the board and the text in the private room", () => {
    const { annaBoard, lucaBoard, annaPrivate, note } = workshop();
    const fields = boardCollection(lucaBoard, "notes").get("n1");
    expect(fields instanceof Y.Map && fields.has("text")).toBe(false);
    expect(readNote(lucaBoard, "n1")).toMatchObject({
      hidden: true,
      text: "",
      authorName: "Anna Rossi",
      organisationId: "meta",
      x: 40,
      y: 60,
    });
    expect(decoded(lucaBoard)).not.toContain("palazzina");
    expect(decoded(annaBoard)).not.toContain("palazzina");
    expect(readDrafts(annaPrivate).get("n1")).toBe(SECRET);
    expect(note).toMatchObject({ text: SECRET, hidden: true });
  });

  it("keeps later edits of the hidden text in the private room too", () => {
    const { lucaBoard, annaBoard, annaPrivate } = workshop();
    setDraftText(annaPrivate, "n1", "Testo rivisto, ancora segreto");
    expect(() => updateNote(annaBoard, "n1", { text: "leak" })).toThrow();
    updateNote(annaBoard, "n1", { x: 500 });
    expect(decoded(lucaBoard)).not.toContain("segreto");
    expect(readNote(lucaBoard, "n1")?.x).toBe(500);
    expect(() => setDraftText(annaPrivate, "n1", "x".repeat(1001))).toThrow();
  });

  it("shows authors their own drafts and everyone else an empty card", () => {
    const { annaBoard, annaPrivate } = workshop();
    const drafts = readDrafts(annaPrivate);
    const notes = readNotes(annaBoard);
    expect(withOwnDrafts(notes, drafts, "anna")[0]?.text).toBe(SECRET);
    expect(withOwnDrafts(notes, drafts, "luca")[0]?.text).toBe("");
  });

  it("reveals by merging the drafts into the board, for everyone", () => {
    const { annaBoard, lucaBoard, annaPrivate } = workshop();
    expect(revealDrafts(annaBoard, readDrafts(annaPrivate), "anna")).toEqual(["n1"]);
    expect(readNote(lucaBoard, "n1")).toMatchObject({ text: SECRET, hidden: false });
  });

  it("is idempotent: a second reveal neither doubles the text nor undoes later edits", () => {
    const { annaBoard, lucaBoard, annaPrivate } = workshop();
    const serverBoard = new Y.Doc();
    connectDocs(serverBoard, annaBoard);
    connectDocs(serverBoard, lucaBoard);
    const drafts = readDrafts(annaPrivate);
    revealDrafts(serverBoard, drafts, "anna");
    updateNote(annaBoard, "n1", { text: "Corretto dopo la rivelazione" });
    expect(revealDrafts(annaBoard, drafts, "anna")).toEqual([]);
    expect(readNote(lucaBoard, "n1")?.text).toBe("Corretto dopo la rivelazione");
  });

  it("merges concurrent reveals (server and author offline from each other) to one text", () => {
    const { annaBoard, annaPrivate } = workshop();
    const serverBoard = new Y.Doc();
    Y.applyUpdate(serverBoard, Y.encodeStateAsUpdate(annaBoard));
    revealDrafts(serverBoard, readDrafts(annaPrivate), "anna");
    revealDrafts(annaBoard, readDrafts(annaPrivate), "anna");
    connectDocs(serverBoard, annaBoard);
    expect(readNote(annaBoard, "n1")?.text).toBe(SECRET);
  });

  it("ignores drafts aimed at someone else's note or a deleted one", () => {
    const { annaBoard, lucaBoard } = workshop();
    const lucaPrivate = new Y.Doc();
    const forged = new Map([
      ["n1", "testo falso"],
      ["gone", "x"],
    ]);
    expect(revealDrafts(lucaBoard, forged, "luca")).toEqual([]);
    expect(readNote(annaBoard, "n1")?.hidden).toBe(true);
    addPrivateNote(lucaBoard, lucaPrivate, { text: "mia", x: 0, y: 0 }, LUCA, {
      newId: () => "n2",
    });
    boardCollection(lucaBoard, "notes").delete("n2");
    expect(revealDrafts(lucaBoard, readDrafts(lucaPrivate), "luca")).toEqual([]);
  });

  it("prunes drafts once their notes are revealed or deleted", () => {
    const { annaBoard, annaPrivate } = workshop();
    addPrivateNote(annaBoard, annaPrivate, { text: "due", x: 0, y: 0 }, ANNA, {
      newId: () => "n2",
    });
    revealDrafts(annaBoard, new Map([["n1", SECRET]]), "anna");
    pruneDrafts(annaPrivate, annaBoard);
    expect([...readDrafts(annaPrivate).keys()]).toEqual(["n2"]);
  });

  it("is switched on and off in the control room, and placeNote follows it", () => {
    const control = new Y.Doc();
    const rooms = { board: new Y.Doc(), privateDoc: new Y.Doc() };
    expect(readPrivateWriting(control).active).toBe(false);
    startPrivateWriting(control, "fac", T0);
    const hidden = placeNote(rooms, readPrivateWriting(control), { text: "a", x: 0, y: 0 }, ANNA);
    expect(readNote(rooms.board, hidden.id)).toMatchObject({ hidden: true, text: "" });
    const ended = endPrivateWriting(control, T0 + 1000);
    expect(ended).toMatchObject({ active: false, startedBy: "fac" });
    expect(ended.revealedAt).toBe(new Date(T0 + 1000).toISOString());
    const open = placeNote(rooms, ended, { text: "b", x: 0, y: 0 }, ANNA);
    expect(readNote(rooms.board, open.id)).toMatchObject({ hidden: false, text: "b" });
  });

  it("is revealed by the server for every author at once, offline ones included", () => {
    const { annaBoard, lucaBoard, annaPrivate } = workshop();
    const lucaPrivate = new Y.Doc();
    addPrivateNote(lucaBoard, lucaPrivate, { text: "di Luca", x: 0, y: 0 }, LUCA, {
      newId: () => "n2",
    });
    const control = new Y.Doc();
    startPrivateWriting(control, "fac", T0);
    const serverBoard = new Y.Doc();
    connectDocs(serverBoard, annaBoard);
    connectDocs(serverBoard, lucaBoard);
    const rooms = [
      { personId: "anna", doc: annaPrivate },
      { personId: "luca", doc: lucaPrivate },
    ];
    expect(revealAll(serverBoard, control, rooms, T0 + 5).sort()).toEqual(["n1", "n2"]);
    expect(readNotes(lucaBoard).map((note) => [note.text, note.hidden])).toEqual([
      [SECRET, false],
      ["di Luca", false],
    ]);
    expect(readPrivateWriting(control).active).toBe(false);
  });

  it("builds placeholders without a text property at all", () => {
    const { note } = workshop();
    expect("text" in placeholderOf(note)).toBe(false);
  });
});
