import {
  addFrame,
  addNote,
  boardCollection,
  deleteNotes,
  keyboardOrder,
  readFrames,
  readNotes,
  updateNote,
} from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { noteIndex } from "./noteIndex.ts";

const ANNA = { personId: "p-anna", displayName: "Anna", organisationId: null };

function boardWith(ids: readonly string[]): Y.Doc {
  const doc = new Y.Doc();
  ids.forEach((id, i) => {
    addNote(doc, { text: "Idea", x: i * 300, y: 0 }, ANNA, { newId: () => id });
  });
  return doc;
}

describe("note index", () => {
  it("lists the notes already on the board in key order", () => {
    const doc = boardWith(["n-b", "n-a"]);
    expect(
      noteIndex(doc)
        .list()
        .map((note) => note.id),
    ).toEqual(["n-a", "n-b"]);
  });

  it("follows a move of one note, telling that no note came or went", () => {
    const doc = boardWith(["n-a", "n-b"]);
    const index = noteIndex(doc);
    const told: boolean[] = [];
    index.subscribe((added) => told.push(added));
    updateNote(doc, "n-b", { x: 40, y: 50 });
    expect(index.list().find((note) => note.id === "n-b")).toMatchObject({ x: 40, y: 50 });
    expect(told).toEqual([false]);
  });

  it("follows notes added and removed, and leaves out a broken entry", () => {
    const doc = boardWith(["n-a"]);
    const index = noteIndex(doc);
    const told: boolean[] = [];
    index.subscribe((added) => told.push(added));
    addNote(doc, { text: "Altra", x: 0, y: 400 }, ANNA, { newId: () => "n-c" });
    deleteNotes(doc, ["n-a"]);
    boardCollection(doc, "notes").set("rotta", "testo");
    expect(index.list().map((note) => note.id)).toEqual(["n-c"]);
    expect(told).toEqual([true, true, true]);
  });

  it("gives the keyboard order the same notes, in the same order, as reading every note", () => {
    const doc = boardWith(["n-1", "n-2", "n-3", "n-4"]);
    addFrame(doc, { title: "Bisogni", x: 0, y: 0, w: 700, h: 500 });
    updateNote(doc, "n-4", { x: 20, y: 300 });
    const frames = readFrames(doc);
    expect(keyboardOrder(noteIndex(doc).list(), frames).map((note) => note.id)).toEqual(
      keyboardOrder(readNotes(doc), frames).map((note) => note.id),
    );
  });
});
