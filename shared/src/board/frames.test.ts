import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addFrame, deleteFrame, frameOf, moveFrame, notesInFrame, readFrame } from "./frames.ts";
import { addLabel, readLabels } from "./labels.ts";
import { addNote, readNote, readNotes } from "./notes.ts";
import { ANNA } from "./test-support.ts";

function board() {
  const doc = new Y.Doc();
  addFrame(doc, { title: "Bisogni", x: 0, y: 0, w: 1000, h: 800 }, { newId: () => "outer" });
  addFrame(doc, { title: "Urgenti", x: 50, y: 50, w: 400, h: 300 }, { newId: () => "inner" });
  addNote(doc, { text: "in inner", x: 100, y: 100 }, ANNA, { newId: () => "n-inner" });
  addNote(doc, { text: "in outer", x: 600, y: 500 }, ANNA, { newId: () => "n-outer" });
  addNote(doc, { text: "outside", x: 2000, y: 0 }, ANNA, { newId: () => "n-loose" });
  addLabel(doc, { text: "Asse", x: 700, y: 700 }, { newId: () => "l1" });
  return doc;
}

describe("frames", () => {
  it("hold the notes whose centre is inside, and a note belongs to the innermost frame", () => {
    const doc = board();
    const outer = readFrame(doc, "outer");
    const frames = [outer, readFrame(doc, "inner")].flatMap((f) => (f ? [f] : []));
    const notes = readNotes(doc);
    expect(outer && notesInFrame(outer, notes).map((n) => n.id)).toEqual(["n-inner", "n-outer"]);
    const byId = (id: string) => notes.find((note) => note.id === id);
    const inner = byId("n-inner");
    const loose = byId("n-loose");
    expect(inner && frameOf(inner, frames)?.id).toBe("inner");
    expect(loose && frameOf(loose, frames)).toBeNull();
  });

  it("move with their notes, labels and inner frames, in one update", () => {
    const doc = board();
    let updates = 0;
    doc.on("update", () => updates++);
    expect(moveFrame(doc, "outer", 100, -20)).toBe(true);
    expect(updates).toBe(1);
    expect(readFrame(doc, "outer")).toMatchObject({ x: 100, y: -20 });
    expect(readFrame(doc, "inner")).toMatchObject({ x: 150, y: 30 });
    expect(readNote(doc, "n-inner")).toMatchObject({ x: 200, y: 80 });
    expect(readNote(doc, "n-outer")).toMatchObject({ x: 700, y: 480 });
    expect(readNote(doc, "n-loose")).toMatchObject({ x: 2000, y: 0 });
    expect(readLabels(doc)[0]).toMatchObject({ x: 800, y: 680 });
  });

  it("moving an inner frame leaves the outer one and its other notes in place", () => {
    const doc = board();
    moveFrame(doc, "inner", 10, 10);
    expect(readFrame(doc, "outer")).toMatchObject({ x: 0, y: 0 });
    expect(readNote(doc, "n-outer")).toMatchObject({ x: 600, y: 500 });
    expect(readNote(doc, "n-inner")).toMatchObject({ x: 110, y: 110 });
  });

  it("leave their notes on the board when deleted", () => {
    const doc = board();
    deleteFrame(doc, "outer");
    expect(readFrame(doc, "outer")).toBeNull();
    expect(readNotes(doc)).toHaveLength(3);
    expect(moveFrame(doc, "outer", 1, 1)).toBe(false);
  });
});
